package de.bruecke.organisation.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.BudgetBand;
import de.bruecke.organisation.profile.LegalForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Understands the words people write in an imported cell for a choice: the code ("REGISTERED_ASSOCIATION"), its label in
 * German, English or the importer's language ("eingetragener Verein (e.V.)"), the label's short form in brackets
 * ("e.V."), or the part before a colon ("Öffentlich").
 */
@Component
class ImportVocabulary {

    private static final Map<String, String> LEGAL_FORM_ABBREVIATIONS = Map.of("ev", "REGISTERED_ASSOCIATION",
            "e v", "REGISTERED_ASSOCIATION", "ggmbh", "NON_PROFIT_LIMITED", "gmbh", "LIMITED", "gbr",
            "CIVIL_PARTNERSHIP", "eg", "COOPERATIVE");
    private static final Map<String, String> KIND_WORDS = Map.of("mo", "MO", "migrantenorganisation", "MO",
            "institution", "INSTITUTION", "einrichtung", "INSTITUTION");

    private final MessageSource messages;
    private final Map<String, Map<String, String>> words = new ConcurrentHashMap<>();

    ImportVocabulary(MessageSource messages) {
        this.messages = messages;
    }

    Optional<OrganisationKind> kind(String text, Locale locale) {
        return find(OrganisationKind.values(), "kind.", text, locale, KIND_WORDS).map(OrganisationKind::valueOf);
    }

    /** The code of the legal form the text names, or the text itself so the profile rules reject it. */
    String legalForm(String text, Locale locale) {
        return find(LegalForm.values(), "legalForm.", text, locale, LEGAL_FORM_ABBREVIATIONS).orElse(text);
    }

    String institutionType(String text, Locale locale) {
        return find(InstitutionType.values(), "institutionType.", text, locale, Map.of()).orElse(text);
    }

    String visibility(String text, Locale locale) {
        return find(Visibility.values(), "visibility.", text, locale, Map.of()).orElse(text);
    }

    Optional<ThematicField> field(String text, Locale locale) {
        return find(ThematicField.values(), "theme.", text, locale, Map.of()).map(ThematicField::valueOf);
    }

    Optional<String> function(String text, Locale locale) {
        return find(OrganisationFunction.values(), "function.", text, locale, Map.of());
    }

    Optional<String> role(String text, Locale locale) {
        return find(PartnerRole.values(), "partnerRole.", text, locale, Map.of());
    }

    String budgetBand(String text, Locale locale) {
        return find(BudgetBand.values(), "budget.", text, locale, Map.of()).orElse(text);
    }

    /** "ja", "yes", "x", "1", "true" as "true"; "nein", "no", "0", "false" as ""; anything else as it is. */
    static String yesNo(String text) {
        String folded = ImportField.fold(text);
        if (List.of("ja", "yes", "x", "1", "true", "wahr").contains(folded)) {
            return "true";
        }
        return List.of("nein", "no", "0", "false", "falsch", "").contains(folded) ? "" : text;
    }

    private Optional<String> find(Enum<?>[] values, String prefix, String text, Locale locale,
            Map<String, String> extra) {
        String folded = ImportField.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = prefix + locale.getLanguage();
        Map<String, String> known = words.computeIfAbsent(cacheKey, k -> index(values, prefix, locale, extra));
        return Optional.ofNullable(known.get(folded));
    }

    private Map<String, String> index(Enum<?>[] values, String prefix, Locale locale, Map<String, String> extra) {
        Map<String, String> index = new HashMap<>();
        for (Locale language : List.of(locale, Locale.ENGLISH, Locale.GERMAN)) {
            for (Enum<?> value : values) {
                String label = messages.getMessage(prefix + value.name(), null, "", language);
                add(index, label, value.name());
                int bracket = label.indexOf('(');
                if (bracket > 0 && label.indexOf(')', bracket) > bracket) {
                    add(index, label.substring(0, bracket), value.name());
                    add(index, label.substring(bracket + 1, label.indexOf(')', bracket)), value.name());
                }
                int colon = label.indexOf(':');
                if (colon > 0) {
                    add(index, label.substring(0, colon), value.name());
                }
            }
        }
        for (Enum<?> value : values) {
            index.put(ImportField.fold(value.name().replace('_', ' ')), value.name());
        }
        extra.forEach(index::put);
        return Map.copyOf(index);
    }

    private static void add(Map<String, String> index, String label, String code) {
        String folded = ImportField.fold(label);
        if (!folded.isEmpty()) {
            index.putIfAbsent(folded, code);
        }
    }
}
