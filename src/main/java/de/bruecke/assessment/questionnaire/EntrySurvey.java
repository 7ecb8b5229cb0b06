package de.bruecke.assessment.questionnaire;

import java.util.List;
import java.util.Optional;

/** The short survey on professionalisation intentions that can be answered without the full assessment. */
public record EntrySurvey(List<SurveyQuestion> questions) {

    public static final int MAX_QUESTIONS = 10;

    public EntrySurvey {
        questions = List.copyOf(questions);
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("An entry survey has 1 to 10 questions, not " + questions.size());
        }
        if (questions.stream().map(SurveyQuestion::code).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("Duplicate question codes in the entry survey");
        }
    }

    public Optional<SurveyQuestion> question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
