package de.bruecke.assessment.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import de.bruecke.assessment.questionnaire.EntrySurvey;
import de.bruecke.assessment.questionnaire.QuestionType;
import de.bruecke.assessment.questionnaire.SurveyOption;
import de.bruecke.assessment.questionnaire.SurveyQuestion;

import org.springframework.util.MultiValueMap;

/**
 * What someone submitted on the entry-survey page, by question code, kept exactly as sent so nothing is lost when it
 * has to be shown again with errors. Choice questions must be answered; the free-text question is optional.
 */
record EntrySurveyForm(String version, Map<String, List<String>> values) {

    static final String PREFIX = "answer.";
    static final int MAX_TEXT_LENGTH = 2000;

    /** Why a question's answer cannot be saved: a message key and its arguments. */
    record Error(String key, List<Object> arguments) {

        /** The argument at this position, or an empty text (message templates ask for a fixed number). */
        public Object argument(int position) {
            return position < arguments.size() ? arguments.get(position) : "";
        }
    }

    EntrySurveyForm {
        var copy = new LinkedHashMap<String, List<String>>();
        values.forEach((question, answers) -> copy.put(question, List.copyOf(answers)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    static EntrySurveyForm of(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, answers) -> {
            if (name.startsWith(PREFIX) && answers != null) {
                values.put(name.substring(PREFIX.length()), answers.stream().map(a -> a == null ? "" : a).toList());
            }
        });
        String version = parameters.getFirst("version");
        return new EntrySurveyForm(version == null ? "" : version, values);
    }

    static EntrySurveyForm of(int version, Map<String, List<String>> answers) {
        return new EntrySurveyForm(String.valueOf(version), answers);
    }

    /** The questionnaire version the form was shown with, if it names one. */
    java.util.OptionalInt versionNumber() {
        return version.matches("[0-9]{1,9}") ? java.util.OptionalInt.of(Integer.parseInt(version))
                : java.util.OptionalInt.empty();
    }

    public boolean chose(String question, String option) {
        return values.getOrDefault(question, List.of()).contains(option);
    }

    public String text(String question) {
        List<String> answers = values.getOrDefault(question, List.of());
        return answers.isEmpty() ? "" : answers.get(0);
    }

    /** Every question whose answer cannot be saved, with why; empty when the form can be saved. */
    Map<String, Error> check(EntrySurvey survey) {
        Map<String, Error> errors = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.questions()) {
            List<String> given = given(question.code());
            if (question.type() == QuestionType.FREE_TEXT) {
                String text = text(question.code()).strip();
                if (text.length() > MAX_TEXT_LENGTH) {
                    errors.put(question.code(), new Error("survey.error.tooLong",
                            List.of(String.valueOf(MAX_TEXT_LENGTH), String.valueOf(text.length()))));
                }
                else if (text.indexOf('\u0000') >= 0) {
                    errors.put(question.code(), new Error("survey.error.text", List.of()));
                }
                continue;
            }
            if (given.stream().anyMatch(code -> question.option(code).isEmpty())) {
                errors.put(question.code(), new Error("survey.error.unknownOption", List.of()));
            }
            else if (given.isEmpty()) {
                errors.put(question.code(), new Error(question.type() == QuestionType.SINGLE_CHOICE
                        ? "survey.error.requiredOne" : "survey.error.requiredSome", List.of()));
            }
            else if (question.type() == QuestionType.SINGLE_CHOICE && given.size() > 1) {
                errors.put(question.code(), new Error("survey.error.onlyOne", List.of()));
            }
        }
        return errors;
    }

    /** The answers to store: only the survey's questions, options in the survey's order, text trimmed. */
    Map<String, List<String>> answers(EntrySurvey survey) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.questions()) {
            if (question.type() == QuestionType.FREE_TEXT) {
                String text = text(question.code()).strip();
                if (!text.isEmpty()) {
                    answers.put(question.code(), List.of(text));
                }
                continue;
            }
            List<String> given = given(question.code());
            List<String> chosen = new ArrayList<>();
            question.options().stream().map(SurveyOption::code).filter(given::contains).forEach(chosen::add);
            if (!chosen.isEmpty()) {
                answers.put(question.code(), chosen);
            }
        }
        return answers;
    }

    private List<String> given(String question) {
        var given = new LinkedHashSet<String>();
        values.getOrDefault(question, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(given::add);
        return List.copyOf(given);
    }
}
