package de.bruecke.assessment.scoring;

/** Whether the respondents see a dimension alike (see docs/assessment-scoring.md for the threshold). */
public enum Agreement {
    AGREE,
    DIFFER,
    /** Fewer than two respondents gave a level in this dimension. */
    TOO_FEW_RESPONDENTS
}
