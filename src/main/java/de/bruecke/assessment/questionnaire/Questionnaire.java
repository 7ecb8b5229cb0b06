package de.bruecke.assessment.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.platform.SupportedLanguage;

import org.springframework.modulith.NamedInterface;

/**
 * One published version of the questionnaire: all eight dimensions (kept in {@link DimensionCode} order), their
 * items, the global answering instruction and the entry survey. Immutable.
 */
@NamedInterface("bulk")
public record Questionnaire(int version, LocalizedText title, LocalizedText instruction, List<Dimension> dimensions,
        EntrySurvey entrySurvey) {

    public Questionnaire {
        if (version < 1) {
            throw new IllegalArgumentException("Version must be positive: " + version);
        }
        Objects.requireNonNull(title);
        Objects.requireNonNull(instruction);
        Objects.requireNonNull(entrySurvey);
        dimensions = dimensions.stream().sorted(Comparator.comparing(Dimension::code)).toList();
        Set<DimensionCode> codes = EnumSet.noneOf(DimensionCode.class);
        dimensions.forEach(dimension -> codes.add(dimension.code()));
        if (codes.size() != DimensionCode.values().length || dimensions.size() != codes.size()) {
            throw new IllegalArgumentException("A questionnaire has each of the eight dimensions exactly once");
        }
    }

    public Dimension dimension(DimensionCode code) {
        return dimensions.get(code.ordinal());
    }

    /** All items, dimension by dimension. */
    public List<Item> items() {
        return dimensions.stream().flatMap(dimension -> dimension.items().stream()).toList();
    }

    /** The item with this code; empty for codes the questionnaire does not have (e.g. forged form input). */
    public Optional<Item> item(String itemCode) {
        return dimensionOf(itemCode).flatMap(code -> dimension(code).item(itemCode));
    }

    /** The dimension an item code belongs to, if the questionnaire has that item. */
    public Optional<DimensionCode> dimensionOf(String itemCode) {
        if (itemCode == null || itemCode.indexOf('.') < 1) {
            return Optional.empty();
        }
        String prefix = itemCode.substring(0, itemCode.indexOf('.'));
        return Arrays.stream(DimensionCode.values())
                .filter(code -> code.name().equals(prefix) && dimension(code).item(itemCode).isPresent())
                .findFirst();
    }

    /** True when every text of the questionnaire exists in this language (German always is). */
    public boolean isCompleteIn(SupportedLanguage language) {
        return textsByOwner().values().stream().flatMap(List::stream).allMatch(text -> text.has(language));
    }

    /**
     * Notes ({@link QuestionnaireProblem.Code#INCOMPLETE_TRANSLATION}, never blocking) for every part whose texts lack
     * English or another language the questionnaire uses somewhere; German is shown there instead, marked.
     */
    public List<QuestionnaireProblem> incompleteTranslations() {
        var owners = textsByOwner();
        Set<SupportedLanguage> expected = EnumSet.of(SupportedLanguage.ENGLISH);
        owners.values().stream().flatMap(List::stream).forEach(text -> expected.addAll(text.languages()));
        expected.remove(SupportedLanguage.GERMAN);
        List<QuestionnaireProblem> notes = new ArrayList<>();
        owners.forEach((owner, texts) -> expected.forEach(language -> {
            if (texts.stream().anyMatch(text -> !text.has(language))) {
                notes.add(new QuestionnaireProblem(QuestionnaireProblem.Code.INCOMPLETE_TRANSLATION, owner,
                        language.code()));
            }
        }));
        return List.copyOf(notes);
    }

    private Map<String, List<LocalizedText>> textsByOwner() {
        Map<String, List<LocalizedText>> owners = new LinkedHashMap<>();
        owners.put("questionnaire", List.of(title, instruction));
        for (Dimension dimension : dimensions) {
            owners.put(dimension.code().name(), List.of(dimension.title(), dimension.description()));
            for (Item item : dimension.items()) {
                owners.put(item.code(), Stream.concat(Stream.of(item.question(), item.help()),
                        item.levels().stream().map(Level::description)).toList());
            }
        }
        for (SurveyQuestion question : entrySurvey.questions()) {
            String owner = "entrySurvey." + question.code();
            owners.put(owner, Stream.concat(Stream.of(question.question()), question.help().stream()).toList());
            question.options().forEach(option -> owners.put(owner + "." + option.code(), List.of(option.label())));
        }
        return owners;
    }
}
