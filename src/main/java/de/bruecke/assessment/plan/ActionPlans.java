package de.bruecke.assessment.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.RoundId;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores action plans with optimistic locking: a save names the version it was based on (0 for a new plan) and is
 * refused with {@link ChangedMeanwhile} when someone saved in between, so nobody overwrites a plan they have not seen.
 */
@Repository
public class ActionPlans {

    /** Someone saved the plan after the form was loaded. */
    static final class ChangedMeanwhile extends RuntimeException {

        ChangedMeanwhile() {
            super("The action plan was changed meanwhile");
        }
    }

    private final JdbcClient jdbc;

    ActionPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActionPlan> find(RoundId round) {
        record Head(LocalDate followUpOn, int version, AccountId updatedBy, OffsetDateTime updatedAt) {
        }
        return jdbc.sql("""
                select follow_up_on, version, updated_by, updated_at from assessment_action_plan
                where round_id = :round""")
                .param("round", round.value())
                .query((rs, n) -> new Head(rs.getObject(1, LocalDate.class), rs.getInt(2), new AccountId(rs.getObject(3, UUID.class)),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional()
                .map(head -> new ActionPlan(round, head.followUpOn(), actions(round), head.version(), head.updatedBy(),
                        head.updatedAt().toInstant()));
    }

    /**
     * Saves the plan of a closed round of the organisation, based on {@code loadedVersion}.
     *
     * @return the new version
     */
    @Transactional
    public int save(RoundId round, OrganisationId organisation, LocalDate followUpOn, List<ActionPlan.Action> actions,
            int loadedVersion, AccountId by) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("An action plan works on at least one need");
        }
        int version;
        if (loadedVersion == 0) {
            try {
                jdbc.sql("""
                        insert into assessment_action_plan (round_id, organisation_id, follow_up_on, created_by,
                            updated_by)
                        values (:round, :organisation, :date, :by, :by)""")
                        .param("round", round.value()).param("organisation", organisation.value())
                        .param("date", followUpOn).param("by", by.value()).update();
            }
            catch (DuplicateKeyException createdMeanwhile) {
                throw new ChangedMeanwhile();
            }
            version = 1;
        }
        else {
            version = jdbc.sql("""
                    update assessment_action_plan
                    set follow_up_on = :date, version = version + 1, updated_by = :by, updated_at = now()
                    where round_id = :round and version = :version returning version""")
                    .param("round", round.value()).param("date", followUpOn).param("by", by.value())
                    .param("version", loadedVersion)
                    .query(Integer.class).optional().orElseThrow(ChangedMeanwhile::new);
        }
        jdbc.sql("delete from assessment_action where round_id = :round").param("round", round.value()).update();
        int position = 0;
        for (ActionPlan.Action action : actions) {
            jdbc.sql("""
                    insert into assessment_action (round_id, dimension, position, goal, next_step, responsible)
                    values (:round, :dimension, :position, :goal, :step, :responsible)""")
                    .param("round", round.value()).param("dimension", action.dimension().name())
                    .param("position", position++).param("goal", action.goal()).param("step", action.nextStep())
                    .param("responsible", action.responsible()).update();
        }
        return version;
    }

    private List<ActionPlan.Action> actions(RoundId round) {
        List<ActionPlan.Action> actions = new ArrayList<>();
        jdbc.sql("""
                select dimension, goal, next_step, responsible from assessment_action
                where round_id = :round order by position""")
                .param("round", round.value())
                .query(rs -> {
                    actions.add(new ActionPlan.Action(DimensionCode.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4)));
                });
        return actions;
    }
}
