package de.bruecke.assessment.scoring;

import java.util.Comparator;
import java.util.List;

import de.bruecke.assessment.DimensionCode;

/** The scored result of one assessment round: one {@link DimensionResult} per dimension, in dimension order. */
public record AssessmentResult(int respondents, List<DimensionResult> dimensions) {

    public AssessmentResult {
        dimensions = List.copyOf(dimensions);
        if (dimensions.size() != DimensionCode.values().length) {
            throw new IllegalArgumentException("A result covers all eight dimensions");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i).dimension().ordinal() != i) {
                throw new IllegalArgumentException("Dimension results must be in dimension order");
            }
        }
    }

    public DimensionResult dimension(DimensionCode code) {
        return dimensions.get(code.ordinal());
    }

    /**
     * The dimensions with a need score above zero, highest need first; equal scores keep the dimension order.
     * Dimensions without a score (nobody gave a level) and fully mature ones (score 0) are not needs.
     */
    public List<DimensionResult> topNeeds() {
        return dimensions.stream()
                .filter(result -> result.needScore().filter(score -> score.signum() > 0).isPresent())
                .sorted(Comparator.comparing((DimensionResult result) -> result.needScore().orElseThrow())
                        .reversed()
                        .thenComparing(DimensionResult::dimension))
                .toList();
    }

    /** Each dimension compared with an earlier result (which may come from another questionnaire version). */
    public List<DimensionComparison> progressSince(AssessmentResult previous) {
        return dimensions.stream().map(current -> Scoring.compare(previous.dimension(current.dimension()), current))
                .toList();
    }
}
