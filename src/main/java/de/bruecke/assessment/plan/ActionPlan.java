package de.bruecke.assessment.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.RoundId;
import de.bruecke.platform.AccountId;

/**
 * The action plan (Maßnahmenplan) of a closed round: the needs the organisation works on, each with a goal, a next
 * step and optionally who is responsible, and the follow-up date (Folgetermin) when it looks again with a new round.
 *
 * @param version counts saves; an edit based on an older version is refused (see {@link ActionPlans})
 */
public record ActionPlan(RoundId round, LocalDate followUpOn, List<Action> actions, int version, AccountId updatedBy,
        Instant updatedAt) {

    static final int GOAL_MAX = 500;
    static final int NEXT_STEP_MAX = 500;
    static final int RESPONSIBLE_MAX = 200;
    static final int FOLLOW_UP_MAX_YEARS = 3;

    /** One need the organisation works on. {@code responsible} is empty when nobody is named. */
    public record Action(DimensionCode dimension, String goal, String nextStep, String responsible) {

        public Action {
            Objects.requireNonNull(dimension);
            if (goal == null || goal.isBlank() || goal.length() > GOAL_MAX) {
                throw new IllegalArgumentException("goal");
            }
            if (nextStep == null || nextStep.isBlank() || nextStep.length() > NEXT_STEP_MAX) {
                throw new IllegalArgumentException("nextStep");
            }
            responsible = responsible == null ? "" : responsible;
            if (responsible.length() > RESPONSIBLE_MAX) {
                throw new IllegalArgumentException("responsible");
            }
        }
    }

    public ActionPlan {
        Objects.requireNonNull(round);
        Objects.requireNonNull(followUpOn);
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("An action plan works on at least one need");
        }
        if (actions.stream().map(Action::dimension).distinct().count() != actions.size()) {
            throw new IllegalArgumentException("One action per dimension");
        }
    }

    /** Whether a follow-up date may be chosen today: after today and at most three years ahead. */
    static boolean isAllowedFollowUp(LocalDate date, LocalDate today) {
        return date.isAfter(today) && !date.isAfter(today.plusYears(FOLLOW_UP_MAX_YEARS));
    }
}
