package de.bruecke.assessment;

import java.math.BigDecimal;

/** How important improving a dimension is for the organisation now, as it states itself, with its need weight. */
public enum Priority {
    LOW("0.50"),
    MEDIUM("0.75"),
    HIGH("1.00");

    private final BigDecimal weight;

    Priority(String weight) {
        this.weight = new BigDecimal(weight);
    }

    /** The factor the maturity gap is multiplied with in the need score (see docs/assessment-scoring.md). */
    public BigDecimal weight() {
        return weight;
    }
}
