package de.bruecke.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;

/** One dimension compared with the previous assessment: both mean levels, the change and its verdict. */
public record DimensionComparison(DimensionCode dimension, Optional<BigDecimal> previousMean,
        Optional<BigDecimal> currentMean, Optional<BigDecimal> change, Trend trend) {

    public DimensionComparison {
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(previousMean);
        Objects.requireNonNull(currentMean);
        Objects.requireNonNull(change);
        Objects.requireNonNull(trend);
    }
}
