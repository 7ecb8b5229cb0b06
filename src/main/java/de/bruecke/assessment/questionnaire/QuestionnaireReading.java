package de.bruecke.assessment.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.questionnaire.QuestionnaireProblem.Code;
import de.bruecke.platform.SupportedLanguage;

/**
 * One pass over a loaded YAML tree: reads everything, collects every problem, and builds the questionnaire only when
 * there was none.
 */
class QuestionnaireReading {

    static final int MAX_PROBLEMS = 100;
    static final int MAX_TEXT_LENGTH = 2000;
    static final String OPTIONS_FROM_DIMENSIONS = "DIMENSIONS";
    static final String ROOT = "questionnaire";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern ITEM_CODE = Pattern.compile("([A-Z][A-Z0-9_]{0,39})\\.[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> ROOT_FIELDS = Set.of("version", "title", "instruction", "dimensions", "entrySurvey");
    private static final Set<String> DIMENSION_FIELDS = Set.of("code", "title", "description", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("code", "question", "help", "levels");
    private static final Set<String> SURVEY_FIELDS = Set.of("questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("code", "type", "question", "help", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("code", "label");

    private final List<QuestionnaireProblem> problems = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private boolean truncated;

    List<QuestionnaireProblem> problems() {
        if (!truncated) {
            return List.copyOf(problems);
        }
        var shown = new ArrayList<>(problems);
        shown.add(new QuestionnaireProblem(Code.TOO_MANY_PROBLEMS, MAX_PROBLEMS));
        return List.copyOf(shown);
    }

    Optional<Questionnaire> questionnaire(Object root) {
        if (!(root instanceof Map)) {
            report(Code.NOT_A_QUESTIONNAIRE);
            return Optional.empty();
        }
        var fields = fields(root, ROOT, ROOT_FIELDS).orElseThrow();
        var version = version(fields.get("version"));
        var title = localized(fields, ROOT, "title", true);
        var instruction = localized(fields, ROOT, "instruction", true);
        var dimensions = dimensions(fields.get("dimensions"));
        var survey = entrySurvey(fields.get("entrySurvey"), dimensions);
        if (!problems.isEmpty() || version.isEmpty() || title.isEmpty() || instruction.isEmpty()
                || dimensions.isEmpty() || survey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Questionnaire(version.get(), title.get().get(), instruction.get().get(),
                List.copyOf(dimensions.get().values()), survey.get()));
    }

    private Optional<Integer> version(Object value) {
        if (value == null) {
            report(Code.MISSING_FIELD, ROOT, "version");
            return Optional.empty();
        }
        if (value instanceof Integer && (Integer) value >= 1) {
            return Optional.of((Integer) value);
        }
        report(Code.INVALID_VERSION, value);
        return Optional.empty();
    }

    private Optional<Map<DimensionCode, Dimension>> dimensions(Object value) {
        if (value == null) {
            report(Code.MISSING_FIELD, ROOT, "dimensions");
            return Optional.empty();
        }
        var list = list(value, "dimensions");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Map<DimensionCode, Dimension> dimensions = new EnumMap<>(DimensionCode.class);
        Set<DimensionCode> seen = EnumSet.noneOf(DimensionCode.class);
        boolean complete = true;
        for (int i = 0; i < list.get().size(); i++) {
            String path = "dimensions[" + (i + 1) + "]";
            var maybeFields = fields(list.get().get(i), path, DIMENSION_FIELDS);
            if (maybeFields.isEmpty()) {
                complete = false;
                continue;
            }
            var fields = maybeFields.get();
            var code = dimensionCode(fields.get("code"), path);
            boolean duplicate = code.isPresent() && !seen.add(code.get());
            if (duplicate) {
                report(Code.DUPLICATE_CODE, code.get());
            }
            var known = duplicate ? Optional.<DimensionCode>empty() : code;
            String where = known.map(Enum::name).orElse(path);
            var title = localized(fields, where, "title", true);
            var description = localized(fields, where, "description", true);
            var items = items(fields, where, known);
            if (known.isPresent() && title.isPresent() && title.get().isPresent() && description.isPresent()
                    && description.get().isPresent() && items.isPresent()) {
                dimensions.put(known.get(), new Dimension(known.get(), title.get().get(), description.get().get(),
                        items.get()));
            }
            else {
                complete = false;
            }
        }
        for (DimensionCode code : DimensionCode.values()) {
            if (!seen.contains(code)) {
                report(Code.MISSING_DIMENSION, code);
                complete = false;
            }
        }
        return complete ? Optional.of(dimensions) : Optional.empty();
    }

    private Optional<DimensionCode> dimensionCode(Object value, String path) {
        var code = code(value, path, CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (Arrays.stream(DimensionCode.values()).noneMatch(known -> known.name().equals(code.get()))) {
            report(Code.UNKNOWN_DIMENSION, code.get());
            return Optional.empty();
        }
        return Optional.of(DimensionCode.valueOf(code.get()));
    }

    private Optional<List<Item>> items(Map<String, Object> dimension, String where, Optional<DimensionCode> code) {
        Object value = dimension.get("items");
        if (value == null) {
            report(Code.MISSING_FIELD, where, "items");
            return Optional.empty();
        }
        var list = list(value, where + ".items");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int count = list.get().size();
        boolean complete = true;
        if (count < Dimension.MIN_ITEMS || count > Dimension.MAX_ITEMS) {
            report(Code.ITEM_COUNT, where, count);
            complete = false;
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var item = item(list.get().get(i), where + ".items[" + (i + 1) + "]", code);
            item.ifPresent(items::add);
            complete &= item.isPresent();
        }
        return complete ? Optional.of(items) : Optional.empty();
    }

    private Optional<Item> item(Object value, String path, Optional<DimensionCode> dimension) {
        var maybeFields = fields(value, path, ITEM_FIELDS);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        var fields = maybeFields.get();
        var code = code(fields.get("code"), path, ITEM_CODE);
        if (code.isPresent() && dimension.isPresent() && !code.get().startsWith(dimension.get().name() + ".")) {
            report(Code.INVALID_CODE, path, code.get());
            code = Optional.empty();
        }
        if (code.isPresent() && !codes.add(code.get())) {
            report(Code.DUPLICATE_CODE, code.get());
            code = Optional.empty();
        }
        String where = code.orElse(path);
        var question = localized(fields, where, "question", true);
        var help = localized(fields, where, "help", true);
        var levels = levels(fields, where);
        if (code.isEmpty() || question.isEmpty() || question.get().isEmpty() || help.isEmpty()
                || help.get().isEmpty() || levels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(code.get(), question.get().get(), help.get().get(), levels.get()));
    }

    private Optional<List<Level>> levels(Map<String, Object> item, String where) {
        Object value = item.get("levels");
        if (value == null) {
            report(Code.MISSING_FIELD, where, "levels");
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            report(Code.WRONG_TYPE, where + ".levels", "mapping");
            return Optional.empty();
        }
        Map<Integer, LocalizedText> levels = new TreeMap<>();
        boolean complete = true;
        for (var entry : ((Map<?, ?>) value).entrySet()) {
            var level = levelNumber(entry.getKey());
            if (level.isEmpty() || level.get() < Level.LOWEST || level.get() > Level.HIGHEST) {
                report(Code.LEVEL_OUT_OF_RANGE, where, entry.getKey());
                complete = false;
                continue;
            }
            if (levels.containsKey(level.get())) {
                report(Code.DUPLICATE_CODE, where + ".levels." + level.get());
                complete = false;
                continue;
            }
            var texts = texts(entry.getValue(), where + ".levels." + level.get());
            if (texts.isEmpty()) {
                complete = false;
            }
            else if (!texts.get().containsKey(SupportedLanguage.GERMAN)) {
                report(Code.MISSING_LEVEL_TEXT, where, level.get(), SupportedLanguage.GERMAN.code());
                complete = false;
            }
            else {
                levels.put(level.get(), new LocalizedText(texts.get()));
            }
        }
        for (int level = Level.LOWEST; level <= Level.HIGHEST; level++) {
            if (!levels.containsKey(level) && !mentions((Map<?, ?>) value, level)) {
                report(Code.MISSING_LEVEL_TEXT, where, level, SupportedLanguage.GERMAN.code());
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(levels.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList());
    }

    private static boolean mentions(Map<?, ?> levels, int level) {
        return levels.keySet().stream().anyMatch(key -> levelNumber(key).filter(n -> n == level).isPresent());
    }

    private static Optional<Integer> levelNumber(Object key) {
        if (key instanceof Integer) {
            return Optional.of((Integer) key);
        }
        if (key instanceof String && ((String) key).strip().matches("[0-9]{1,3}")) {
            return Optional.of(Integer.valueOf(((String) key).strip()));
        }
        return Optional.empty();
    }

    private Optional<EntrySurvey> entrySurvey(Object value, Optional<Map<DimensionCode, Dimension>> dimensions) {
        if (value == null) {
            report(Code.MISSING_FIELD, ROOT, "entrySurvey");
            return Optional.empty();
        }
        var fields = fields(value, "entrySurvey", SURVEY_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Object questionsValue = fields.get().get("questions");
        if (questionsValue == null) {
            report(Code.MISSING_FIELD, "entrySurvey", "questions");
            return Optional.empty();
        }
        var list = list(questionsValue, "entrySurvey.questions");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        boolean complete = true;
        if (list.get().isEmpty() || list.get().size() > EntrySurvey.MAX_QUESTIONS) {
            report(Code.QUESTION_COUNT, list.get().size());
            complete = false;
        }
        Set<String> questionCodes = new HashSet<>();
        List<SurveyQuestion> questions = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            var question = surveyQuestion(list.get().get(i), "entrySurvey.questions[" + (i + 1) + "]", questionCodes,
                    dimensions);
            question.ifPresent(questions::add);
            complete &= question.isPresent();
        }
        return complete ? Optional.of(new EntrySurvey(questions)) : Optional.empty();
    }

    private Optional<SurveyQuestion> surveyQuestion(Object value, String path, Set<String> questionCodes,
            Optional<Map<DimensionCode, Dimension>> dimensions) {
        var maybeFields = fields(value, path, QUESTION_FIELDS);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        var fields = maybeFields.get();
        var code = code(fields.get("code"), path, CODE);
        if (code.isPresent() && !questionCodes.add(code.get())) {
            report(Code.DUPLICATE_CODE, "entrySurvey." + code.get());
            code = Optional.empty();
        }
        String where = code.map(c -> "entrySurvey." + c).orElse(path);
        var type = questionType(fields.get("type"), where);
        var question = localized(fields, where, "question", true);
        var help = localized(fields, where, "help", false);
        var options = type.isPresent() ? options(fields.get("options"), where, type.get(), dimensions)
                : Optional.<List<SurveyOption>>empty();
        if (code.isEmpty() || type.isEmpty() || question.isEmpty() || question.get().isEmpty() || help.isEmpty()
                || options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SurveyQuestion(code.get(), type.get(), question.get().get(), help.get(),
                options.get()));
    }

    private Optional<QuestionType> questionType(Object value, String where) {
        if (value == null) {
            report(Code.MISSING_FIELD, where, "type");
            return Optional.empty();
        }
        if (!(value instanceof String)) {
            report(Code.WRONG_TYPE, where + ".type", "text");
            return Optional.empty();
        }
        return Arrays.stream(QuestionType.values()).filter(type -> type.name().equals(value)).findFirst()
                .or(() -> {
                    report(Code.UNKNOWN_QUESTION_TYPE, where, value);
                    return Optional.empty();
                });
    }

    private Optional<List<SurveyOption>> options(Object value, String where, QuestionType type,
            Optional<Map<DimensionCode, Dimension>> dimensions) {
        if (!type.hasOptions()) {
            if (value != null) {
                report(Code.OPTIONS_NOT_ALLOWED, where);
                return Optional.empty();
            }
            return Optional.of(List.of());
        }
        if (value == null) {
            report(Code.MISSING_FIELD, where, "options");
            return Optional.empty();
        }
        if (OPTIONS_FROM_DIMENSIONS.equals(value)) {
            return dimensions.map(byCode -> byCode.values().stream()
                    .map(dimension -> new SurveyOption(dimension.code().name(), dimension.title()))
                    .toList());
        }
        var list = list(value, where + ".options");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        boolean complete = true;
        if (list.get().size() < 2) {
            report(Code.OPTION_COUNT, where, list.get().size());
            complete = false;
        }
        Set<String> optionCodes = new HashSet<>();
        List<SurveyOption> options = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            String path = where + ".options[" + (i + 1) + "]";
            var maybeFields = fields(list.get().get(i), path, OPTION_FIELDS);
            if (maybeFields.isEmpty()) {
                complete = false;
                continue;
            }
            var fields = maybeFields.get();
            var code = code(fields.get("code"), path, CODE);
            if (code.isPresent() && !optionCodes.add(code.get())) {
                report(Code.DUPLICATE_CODE, where + "." + code.get());
                code = Optional.empty();
            }
            var label = localized(fields, code.map(c -> where + "." + c).orElse(path), "label", true);
            if (code.isPresent() && label.isPresent() && label.get().isPresent()) {
                options.add(new SurveyOption(code.get(), label.get().get()));
            }
            else {
                complete = false;
            }
        }
        return complete ? Optional.of(options) : Optional.empty();
    }

    /**
     * A text in several languages. Empty when unusable; a present empty Optional when an optional text is absent.
     */
    private Optional<Optional<LocalizedText>> localized(Map<String, Object> parent, String where, String field,
            boolean required) {
        String path = where + "." + field;
        Object value = parent.get(field);
        if (value == null) {
            if (required) {
                report(Code.MISSING_FIELD, where, field);
                return Optional.empty();
            }
            return Optional.of(Optional.empty());
        }
        var texts = texts(value, path);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        if (!texts.get().containsKey(SupportedLanguage.GERMAN)) {
            report(Code.MISSING_TRANSLATION, path, SupportedLanguage.GERMAN.code());
            return Optional.empty();
        }
        return Optional.of(Optional.of(new LocalizedText(texts.get())));
    }

    private Optional<Map<SupportedLanguage, String>> texts(Object value, String path) {
        if (!(value instanceof Map)) {
            report(Code.WRONG_TYPE, path, "texts-by-language");
            return Optional.empty();
        }
        Map<SupportedLanguage, String> texts = new EnumMap<>(SupportedLanguage.class);
        boolean complete = true;
        for (var entry : ((Map<?, ?>) value).entrySet()) {
            String key = String.valueOf(entry.getKey());
            var language = Arrays.stream(SupportedLanguage.values()).filter(l -> l.code().equals(key)).findFirst();
            if (language.isEmpty()) {
                report(Code.UNKNOWN_LANGUAGE, path, key);
                complete = false;
                continue;
            }
            Object text = entry.getValue();
            if (text == null || text instanceof String && ((String) text).isBlank()) {
                continue;
            }
            if (!(text instanceof String)) {
                report(Code.WRONG_TYPE, path + "." + key, "text");
                complete = false;
                continue;
            }
            String stripped = ((String) text).strip();
            if (stripped.length() > MAX_TEXT_LENGTH) {
                report(Code.TEXT_TOO_LONG, path, key, MAX_TEXT_LENGTH);
                complete = false;
                continue;
            }
            texts.put(language.get(), stripped);
        }
        return complete ? Optional.of(texts) : Optional.empty();
    }

    private Optional<String> code(Object value, String path, Pattern pattern) {
        if (value == null) {
            report(Code.MISSING_FIELD, path, "code");
            return Optional.empty();
        }
        if (!(value instanceof String) || !pattern.matcher((String) value).matches()) {
            report(Code.INVALID_CODE, path, value);
            return Optional.empty();
        }
        return Optional.of((String) value);
    }

    private Optional<List<?>> list(Object value, String path) {
        if (!(value instanceof List)) {
            report(Code.WRONG_TYPE, path, "list");
            return Optional.empty();
        }
        return Optional.of((List<?>) value);
    }

    /** The fields of a mapping by name, reporting unknown ones; empty (and a problem) for a non-mapping. */
    private Optional<Map<String, Object>> fields(Object value, String path, Set<String> allowed) {
        if (!(value instanceof Map)) {
            report(Code.WRONG_TYPE, path, "mapping");
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var entry : ((Map<?, ?>) value).entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (allowed.contains(name)) {
                fields.put(name, entry.getValue());
            }
            else {
                report(Code.UNKNOWN_FIELD, path, name);
            }
        }
        return Optional.of(fields);
    }

    private void report(Code code, Object... arguments) {
        if (problems.size() >= MAX_PROBLEMS) {
            truncated = true;
            return;
        }
        problems.add(new QuestionnaireProblem(code, arguments));
    }
}
