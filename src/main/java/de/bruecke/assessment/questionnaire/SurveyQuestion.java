package de.bruecke.assessment.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One question of the entry survey; choice questions have at least two options, free-text questions none. */
public record SurveyQuestion(String code, QuestionType type, LocalizedText question, Optional<LocalizedText> help,
        List<SurveyOption> options) {

    public SurveyQuestion {
        Objects.requireNonNull(code);
        Objects.requireNonNull(type);
        Objects.requireNonNull(question);
        Objects.requireNonNull(help);
        options = List.copyOf(options);
        if (type.hasOptions() ? options.size() < 2 : !options.isEmpty()) {
            throw new IllegalArgumentException(code + ": " + type + " with " + options.size() + " options");
        }
        if (options.stream().map(SurveyOption::code).distinct().count() != options.size()) {
            throw new IllegalArgumentException(code + " has duplicate option codes");
        }
    }

    public Optional<SurveyOption> option(String optionCode) {
        return options.stream().filter(option -> option.code().equals(optionCode)).findFirst();
    }
}
