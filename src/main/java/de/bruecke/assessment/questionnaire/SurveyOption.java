package de.bruecke.assessment.questionnaire;

import java.util.Objects;

/** One answer option of an entry-survey question; the code is what gets stored. */
public record SurveyOption(String code, LocalizedText label) {

    public SurveyOption {
        Objects.requireNonNull(code);
        Objects.requireNonNull(label);
    }
}
