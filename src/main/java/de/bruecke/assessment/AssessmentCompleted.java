package de.bruecke.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.bruecke.organisation.OrganisationId;

/**
 * Published once when an organisation closes an assessment round: its needs per dimension (all eight, in dimension
 * order) with the need score and the priority the organisation agreed on, for recommendations of offers, tandems and
 * experts.
 */
public record AssessmentCompleted(OrganisationId organisation, RoundId round, int questionnaireVersion,
        Instant closedAt, List<Need> needs) {

    public AssessmentCompleted {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(round);
        Objects.requireNonNull(closedAt);
        needs = List.copyOf(needs);
    }

    /**
     * One dimension's need.
     *
     * @param needScore 0.00–100.00 (see docs/assessment-scoring.md); empty when nobody gave a level
     * @param meanLevel mean maturity level 1.00–4.00; empty when nobody gave a level
     */
    public record Need(DimensionCode dimension, Optional<BigDecimal> needScore, Optional<BigDecimal> meanLevel,
            Priority priority) {

        public Need {
            Objects.requireNonNull(dimension);
            Objects.requireNonNull(needScore);
            Objects.requireNonNull(meanLevel);
            Objects.requireNonNull(priority);
        }
    }

    /** The needs with a score above zero, highest first; equal scores keep the dimension order. */
    public List<Need> topNeeds() {
        return needs.stream().filter(need -> need.needScore().filter(score -> score.signum() > 0).isPresent())
                .sorted(Comparator.comparing((Need need) -> need.needScore().orElseThrow()).reversed()
                        .thenComparing(Need::dimension))
                .toList();
    }
}
