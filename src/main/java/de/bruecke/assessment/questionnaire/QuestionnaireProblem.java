package de.bruecke.assessment.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a questionnaire file: a machine-readable code and its arguments (e.g.
 * {@code DUPLICATE_CODE (GOVERNANCE.BOARD)}); the UI turns them into text with message key
 * {@code questionnaire.problem.<CODE>} and the arguments as {0}, {1}, ….
 */
public record QuestionnaireProblem(Code code, List<String> arguments) {

    public QuestionnaireProblem {
        Objects.requireNonNull(code);
        arguments = List.copyOf(arguments);
    }

    public QuestionnaireProblem(Code code, Object... arguments) {
        this(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** False only for notes that do not stop a questionnaire from being published. */
    public boolean blocking() {
        return code != Code.INCOMPLETE_TRANSLATION;
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? code.name() : code + " (" + String.join(", ", arguments) + ")";
    }

    /** What went wrong; the arguments each code carries are listed with it. */
    public enum Code {
        /** No content at all (or only comments). */
        EMPTY_FILE,
        /** (maximum bytes) */
        TOO_LARGE,
        /** The bytes are not UTF-8 text (or contain NUL bytes, as binary files do). */
        NOT_UTF8,
        /** (line, column, parser's description) or no arguments when the position is unknown. */
        NOT_YAML,
        /** (line, column) a key appears twice in the same mapping. */
        DUPLICATE_KEY,
        /** The file is YAML/JSON but not a mapping at the top. */
        NOT_A_QUESTIONNAIRE,
        /** (path, field) a field that does not belong there, e.g. a typo. */
        UNKNOWN_FIELD,
        /** (path, field) */
        MISSING_FIELD,
        /** (path, expected: text | number | list | mapping | texts-by-language) */
        WRONG_TYPE,
        /** (value) the version is not a whole number of at least 1. */
        INVALID_VERSION,
        /** (path, code) codes are upper-case letters, digits and underscores; item codes are DIMENSION.NAME. */
        INVALID_CODE,
        /** (code) */
        DUPLICATE_CODE,
        /** (code) */
        UNKNOWN_DIMENSION,
        /** (code) */
        MISSING_DIMENSION,
        /** (dimension, number of items) a dimension needs 3 to 5 items. */
        ITEM_COUNT,
        /** (item, level) only levels 1 to 4 exist. */
        LEVEL_OUT_OF_RANGE,
        /** (item, level, language) */
        MISSING_LEVEL_TEXT,
        /** (path, language) a language Brücke does not support. */
        UNKNOWN_LANGUAGE,
        /** (path, language) a text without its German version. */
        MISSING_TRANSLATION,
        /** (path, language, maximum characters) */
        TEXT_TOO_LONG,
        /** (question, type) */
        UNKNOWN_QUESTION_TYPE,
        /** (question, number of options) a choice question needs at least two options. */
        OPTION_COUNT,
        /** (question) a free-text question has no options. */
        OPTIONS_NOT_ALLOWED,
        /** (number of questions) the entry survey has 1 to 10 questions. */
        QUESTION_COUNT,
        /** (number shown) the list was cut off. */
        TOO_MANY_PROBLEMS,
        /** (part, language) not blocking: the part lacks this translation and shows German, marked. */
        INCOMPLETE_TRANSLATION
    }
}
