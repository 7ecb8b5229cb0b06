package de.bruecke.assessment.questionnaire;

/** How an entry-survey question is answered. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT;

    public boolean hasOptions() {
        return this != FREE_TEXT;
    }
}
