package de.bruecke.assessment.questionnaire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bruecke.assessment.questionnaire.QuestionnaireProblem.Code;
import de.bruecke.platform.SupportedLanguage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts questionnaire problems into plain words in the reader's language, each with where in the file it is. */
@Component
class QuestionnaireProblems {

    /** One problem as shown: where (a YAML path, a code or a line), what is wrong, and the parser's own words. */
    record Shown(String location, String message, String detail, boolean blocking) {
    }

    private static final Set<Code> AT_PATH = EnumSet.of(Code.UNKNOWN_FIELD, Code.MISSING_FIELD, Code.WRONG_TYPE,
            Code.INVALID_CODE, Code.DUPLICATE_CODE, Code.UNKNOWN_DIMENSION, Code.MISSING_DIMENSION, Code.ITEM_COUNT,
            Code.LEVEL_OUT_OF_RANGE, Code.MISSING_LEVEL_TEXT, Code.UNKNOWN_LANGUAGE, Code.MISSING_TRANSLATION,
            Code.TEXT_TOO_LONG, Code.UNKNOWN_QUESTION_TYPE, Code.OPTION_COUNT, Code.OPTIONS_NOT_ALLOWED,
            Code.INCOMPLETE_TRANSLATION);

    private final MessageSource messages;

    QuestionnaireProblems(MessageSource messages) {
        this.messages = messages;
    }

    List<Shown> show(List<QuestionnaireProblem> problems, Locale locale) {
        return problems.stream().map(problem -> show(problem, locale)).toList();
    }

    Shown show(QuestionnaireProblem problem, Locale locale) {
        List<String> args = new ArrayList<>(problem.arguments());
        Code code = problem.code();
        String detail = null;
        if (code == Code.NOT_YAML && args.size() == 3) {
            detail = args.remove(2);
        }
        int language = languageArgument(code);
        if (language >= 0 && language < args.size()) {
            args.set(language, languageName(args.get(language), locale));
        }
        if (code == Code.WRONG_TYPE && args.size() == 2) {
            args.set(1, messages.getMessage("questionnaire.expected." + args.get(1), null, args.get(1), locale));
        }
        if (code == Code.TOO_LARGE && args.size() == 1) {
            args.set(0, String.valueOf(Integer.parseInt(args.get(0)) / (1024 * 1024)));
        }
        String message = messages.getMessage("questionnaire.problem." + code.name(), args.toArray(), locale);
        return new Shown(location(problem, locale), message, detail, problem.blocking());
    }

    private String location(QuestionnaireProblem problem, Locale locale) {
        List<String> args = problem.arguments();
        Code code = problem.code();
        if ((code == Code.NOT_YAML || code == Code.DUPLICATE_KEY) && args.size() >= 2) {
            return messages.getMessage("questionnaire.location.line", new Object[] { args.get(0), args.get(1) },
                    locale);
        }
        if (AT_PATH.contains(code) && !args.isEmpty()) {
            return args.get(0);
        }
        if (code == Code.INVALID_VERSION) {
            return "version";
        }
        if (code == Code.QUESTION_COUNT) {
            return "entrySurvey.questions";
        }
        return messages.getMessage("questionnaire.location.file", null, locale);
    }

    private static int languageArgument(Code code) {
        switch (code) {
            case MISSING_LEVEL_TEXT:
                return 2;
            case MISSING_TRANSLATION:
            case TEXT_TOO_LONG:
            case INCOMPLETE_TRANSLATION:
                return 1;
            default:
                return -1;
        }
    }

    /** "Englisch (en)" in the reader's language; unknown codes stay as they are. */
    static String languageName(String code, Locale locale) {
        return SupportedLanguage.of(code).filter(language -> language.code().equals(code))
                .map(language -> language.locale().getDisplayLanguage(locale) + " (" + code + ")")
                .orElse(code);
    }
}
