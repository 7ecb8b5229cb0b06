package de.bruecke.assessment.questionnaire;

import java.util.List;

/** A questionnaire file that cannot be used, with every problem found in it (not only the first). */
public class InvalidQuestionnaire extends RuntimeException {

    private final transient List<QuestionnaireProblem> problems;

    public InvalidQuestionnaire(List<QuestionnaireProblem> problems) {
        super("Invalid questionnaire: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid questionnaire has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<QuestionnaireProblem> problems() {
        return problems;
    }

    public boolean has(QuestionnaireProblem.Code code) {
        return problems.stream().anyMatch(problem -> problem.code() == code);
    }
}
