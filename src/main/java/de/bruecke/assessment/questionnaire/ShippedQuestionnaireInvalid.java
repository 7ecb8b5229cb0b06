package de.bruecke.assessment.questionnaire;

import java.util.List;

class ShippedQuestionnaireInvalid extends IllegalStateException {

    private final String resource;

    ShippedQuestionnaireInvalid(String resource, InvalidQuestionnaire cause) {
        super("The questionnaire shipped in " + resource + " is invalid: " + cause.problems(), cause);
        this.resource = resource;
    }

    String resource() {
        return resource;
    }

    List<QuestionnaireProblem> problems() {
        return ((InvalidQuestionnaire) getCause()).problems();
    }
}
