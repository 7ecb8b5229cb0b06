package de.bruecke.assessment.round;

import java.util.List;
import java.util.UUID;

import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.scoring.AssessmentResult;
import de.bruecke.assessment.scoring.DimensionResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of each closed round per dimension (priority, mean level, need score) as rows, so the database can
 * aggregate many rounds in one query. Written when a round closes; rounds closed before these rows existed are filled
 * in by {@link ScoreBackfill}.
 */
@Repository
class StoredScores {

    private final JdbcClient jdbc;

    StoredScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(RoundId round, AssessmentResult result) {
        for (DimensionResult dimension : result.dimensions()) {
            jdbc.sql("""
                    insert into assessment_dimension_score (round_id, dimension, priority, mean_level, need_score)
                    values (:round, :dimension, :priority, :mean, :need)
                    on conflict (round_id, dimension) do nothing""")
                    .param("round", round.value()).param("dimension", dimension.dimension().name())
                    .param("priority", dimension.priority().name())
                    .param("mean", dimension.mean().orElse(null), java.sql.Types.NUMERIC)
                    .param("need", dimension.needScore().orElse(null), java.sql.Types.NUMERIC)
                    .update();
        }
    }

    /** Closed rounds without stored figures, oldest first. */
    List<RoundId> missing() {
        return jdbc.sql("""
                select r.id from assessment_round r
                where r.status = 'CLOSED'
                  and not exists (select 1 from assessment_dimension_score s where s.round_id = r.id)
                order by r.closed_at""")
                .query((rs, n) -> new RoundId(rs.getObject(1, UUID.class))).list();
    }
}
