package de.bruecke.assessment.results;

import java.util.List;
import java.util.Optional;

import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.round.Assessments;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.Rounds;
import de.bruecke.assessment.scoring.AssessmentResult;
import de.bruecke.assessment.scoring.DimensionComparison;
import de.bruecke.assessment.scoring.Scoring;

import org.springframework.stereotype.Component;

/** Scores a closed round with its agreed priorities, and compares it with the round closed before it. */
@Component
public class Results {

    /** A scored round and, if there is one, the previous closed round with the change per dimension. */
    public record Scored(Round round, Questionnaire questionnaire, AssessmentResult result, Optional<Earlier> earlier) {
    }

    record Earlier(Round round, AssessmentResult result, List<DimensionComparison> progress,
            boolean sameQuestionnaire) {
    }

    private final Rounds rounds;
    private final Assessments assessments;

    Results(Rounds rounds, Assessments assessments) {
        this.rounds = rounds;
        this.assessments = assessments;
    }

    public Scored of(Round round) {
        if (round.isOpen()) {
            throw new IllegalArgumentException("Round " + round.id() + " is still open");
        }
        AssessmentResult result = score(round);
        Optional<Earlier> earlier = rounds.previousClosed(round).map(previous -> {
            AssessmentResult before = score(previous);
            return new Earlier(previous, before, result.progressSince(before),
                    previous.questionnaireVersion() == round.questionnaireVersion());
        });
        return new Scored(round, assessments.questionnaire(round), result, earlier);
    }

    private AssessmentResult score(Round round) {
        return Scoring.score(assessments.questionnaire(round), round.responses(), round.agreed());
    }
}
