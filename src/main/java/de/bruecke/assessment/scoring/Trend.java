package de.bruecke.assessment.scoring;

/** How a dimension's mean level moved since the previous assessment. */
public enum Trend {
    IMPROVED,
    UNCHANGED,
    DECLINED,
    /** One of the two assessments has no level for this dimension. */
    NOT_COMPARABLE
}
