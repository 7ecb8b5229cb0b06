package de.bruecke.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;

/**
 * The scored result of one dimension. Numbers have two decimals; {@code mean}, {@code spread} and {@code needScore}
 * are empty when nobody gave a level in the dimension (unknown, not zero), {@code dontKnowShare} when nobody answered.
 *
 * @param respondents respondents who gave at least one level in this dimension
 * @param answers all answers to the dimension's items, of every kind
 * @param levelAnswers answers that are a level 1 to 4
 * @param mean mean level 1.00–4.00: the mean of the respondents' own mean levels
 * @param spread highest minus lowest respondent mean level
 * @param dontKnowShare "don't know" answers divided by all answers, 0.00–1.00
 * @param needScore 0.00–100.00, high when maturity is low and the priority high
 */
public record DimensionResult(DimensionCode dimension, Priority priority, int respondents, int answers,
        int levelAnswers, int dontKnowAnswers, int notApplicableAnswers, Optional<BigDecimal> mean,
        Optional<BigDecimal> spread, Agreement agreement, Optional<BigDecimal> dontKnowShare,
        Optional<BigDecimal> needScore) {

    public DimensionResult {
        Objects.requireNonNull(dimension);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(mean);
        Objects.requireNonNull(spread);
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(dontKnowShare);
        Objects.requireNonNull(needScore);
    }

    public boolean isScored() {
        return needScore.isPresent();
    }
}
