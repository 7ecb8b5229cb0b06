package de.bruecke.assessment.scoring;

import java.util.Map;
import java.util.Objects;

/** All answers of one respondent, by item code; unanswered items are simply absent. */
public record Response(String respondent, Map<String, Answer> answers) {

    public Response {
        if (respondent == null || respondent.isBlank()) {
            throw new IllegalArgumentException("A response needs a respondent");
        }
        answers.forEach((item, answer) -> {
            Objects.requireNonNull(item);
            Objects.requireNonNull(answer);
        });
        answers = Map.copyOf(answers);
    }
}
