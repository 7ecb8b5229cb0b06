package de.bruecke.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Level;
import de.bruecke.assessment.questionnaire.Questionnaire;

/**
 * Turns the answers of an assessment round into a result per dimension: mean level, spread and agreement between
 * respondents, share of "don't know" and a need score. Pure and exact: the same answers give the same numbers in any
 * order. Rules and reasons: {@code docs/assessment-scoring.md}.
 */
public final class Scoring {

    /** Respondent means this far apart (or more) mean the respondents {@link Agreement#DIFFER}. */
    public static final BigDecimal DIFFER_AT_SPREAD = new BigDecimal("1.00");
    /** A mean level that moved less than this counts as {@link Trend#UNCHANGED}. */
    public static final BigDecimal CHANGE_THRESHOLD = new BigDecimal("0.25");
    /** Priority used for a dimension the organisation has not given one for. */
    public static final Priority DEFAULT_PRIORITY = Priority.MEDIUM;

    private static final int SCALE = 2;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(Level.HIGHEST);
    private static final BigDecimal LOWEST = BigDecimal.valueOf(Level.LOWEST);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal RANGE = HIGHEST.subtract(LOWEST);

    private Scoring() {
    }

    /**
     * Scores one round.
     *
     * @param questionnaire the version the round was answered with
     * @param responses one per respondent; every answered item code must belong to the questionnaire
     * @param priorities the organisation's priority per dimension; missing ones count as {@link #DEFAULT_PRIORITY}
     * @throws IllegalArgumentException for an unknown item code or the same respondent twice
     */
    public static AssessmentResult score(Questionnaire questionnaire, Collection<Response> responses,
            Map<DimensionCode, Priority> priorities) {
        Set<String> respondents = new HashSet<>();
        for (Response response : responses) {
            if (!respondents.add(response.respondent())) {
                throw new IllegalArgumentException("Respondent twice: " + response.respondent());
            }
            for (String itemCode : response.answers().keySet()) {
                if (questionnaire.item(itemCode).isEmpty()) {
                    throw new IllegalArgumentException("Not an item of questionnaire " + questionnaire.version()
                            + ": " + itemCode);
                }
            }
        }
        List<DimensionResult> results = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            results.add(score(dimension, responses, priorities.getOrDefault(dimension.code(), DEFAULT_PRIORITY)));
        }
        return new AssessmentResult(responses.size(), results);
    }

    /**
     * Need score 0.00–100.00 = (4 − mean) / 3 × 100 × priority weight, rounded half up to two decimals. Falls
     * strictly as the mean rises (two-decimal means) and rises strictly with the priority while the mean is below 4;
     * at mean 4 it is 0 whatever the priority.
     */
    public static BigDecimal needScore(BigDecimal mean, Priority priority) {
        if (mean.compareTo(LOWEST) < 0 || mean.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("Mean level out of range: " + mean);
        }
        return HIGHEST.subtract(mean).multiply(HUNDRED).multiply(priority.weight())
                .divide(RANGE, SCALE, RoundingMode.HALF_UP);
    }

    /** The trend of one dimension between an earlier and a later result. */
    public static DimensionComparison compare(DimensionResult previous, DimensionResult current) {
        if (previous.dimension() != current.dimension()) {
            throw new IllegalArgumentException("Different dimensions: " + previous.dimension() + ", "
                    + current.dimension());
        }
        if (previous.mean().isEmpty() || current.mean().isEmpty()) {
            return new DimensionComparison(current.dimension(), previous.mean(), current.mean(), Optional.empty(),
                    Trend.NOT_COMPARABLE);
        }
        BigDecimal change = current.mean().get().subtract(previous.mean().get()).setScale(SCALE,
                RoundingMode.HALF_UP);
        Trend trend = change.abs().compareTo(CHANGE_THRESHOLD) < 0 ? Trend.UNCHANGED
                : change.signum() > 0 ? Trend.IMPROVED : Trend.DECLINED;
        return new DimensionComparison(current.dimension(), previous.mean(), current.mean(), Optional.of(change),
                trend);
    }

    /**
     * Respondent means are kept as exact integers scaled by the least common multiple of 1..(number of items), so
     * sums, extremes and the single final rounding do not depend on any order.
     */
    private static DimensionResult score(Dimension dimension, Collection<Response> responses, Priority priority) {
        long scale = lcmUpTo(dimension.items().size());
        int answers = 0;
        int levelAnswers = 0;
        int dontKnow = 0;
        int notApplicable = 0;
        int respondents = 0;
        long sumOfScaledMeans = 0;
        long highest = Long.MIN_VALUE;
        long lowest = Long.MAX_VALUE;
        for (Response response : responses) {
            long levelSum = 0;
            int levelCount = 0;
            for (Item item : dimension.items()) {
                Answer answer = response.answers().get(item.code());
                if (answer == null) {
                    continue;
                }
                answers++;
                if (answer.isLevel()) {
                    levelSum += answer.level().getAsInt();
                    levelCount++;
                }
                else if (answer == Answer.DONT_KNOW) {
                    dontKnow++;
                }
                else {
                    notApplicable++;
                }
            }
            if (levelCount > 0) {
                long scaledMean = levelSum * (scale / levelCount);
                respondents++;
                levelAnswers += levelCount;
                sumOfScaledMeans += scaledMean;
                highest = Math.max(highest, scaledMean);
                lowest = Math.min(lowest, scaledMean);
            }
        }
        Optional<BigDecimal> dontKnowShare = answers == 0 ? Optional.empty()
                : Optional.of(ratio(dontKnow, answers));
        if (respondents == 0) {
            return new DimensionResult(dimension.code(), priority, 0, answers, 0, dontKnow, notApplicable,
                    Optional.empty(), Optional.empty(), Agreement.TOO_FEW_RESPONDENTS, dontKnowShare,
                    Optional.empty());
        }
        BigDecimal mean = ratio(sumOfScaledMeans, scale * respondents);
        long scaledRange = highest - lowest;
        Agreement agreement = respondents < 2 ? Agreement.TOO_FEW_RESPONDENTS
                : BigDecimal.valueOf(scaledRange).compareTo(DIFFER_AT_SPREAD.multiply(BigDecimal.valueOf(scale))) >= 0
                        ? Agreement.DIFFER : Agreement.AGREE;
        return new DimensionResult(dimension.code(), priority, respondents, answers, levelAnswers, dontKnow,
                notApplicable, Optional.of(mean), Optional.of(ratio(scaledRange, scale)), agreement, dontKnowShare,
                Optional.of(needScore(mean, priority)));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

    private static long lcmUpTo(int n) {
        long lcm = 1;
        for (int i = 2; i <= n; i++) {
            lcm = lcm / gcd(lcm, i) * i;
        }
        return lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
