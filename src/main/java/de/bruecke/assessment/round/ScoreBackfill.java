package de.bruecke.assessment.round;

import java.util.List;

import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.scoring.Scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, stores the figures of closed rounds that have none yet (rounds closed before version 14 of the schema),
 * in batches, under an advisory lock so several nodes do it once. A round that cannot be scored (its questionnaire
 * version is unknown) is logged and left out of the area figures.
 */
@Component
public class ScoreBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoreBackfill.class);
    private static final int BATCH = 200;

    private final StoredScores scores;
    private final Rounds rounds;
    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ScoreBackfill(StoredScores scores, Rounds rounds, Assessments assessments, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.scores = scores;
        this.rounds = rounds;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<RoundId> missing = scores.missing();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<RoundId> batch = missing.subList(from, Math.min(from + BATCH, missing.size()));
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(4714)").query().singleValue();
                batch.forEach(this::fill);
            });
        }
        if (!missing.isEmpty()) {
            log.info("Stored the figures of {} closed assessment rounds", missing.size());
        }
    }

    private void fill(RoundId id) {
        try {
            rounds.find(id).ifPresent(round -> scores.save(id, Scoring.score(assessments.questionnaire(round),
                    round.responses(), round.agreed())));
        }
        catch (RuntimeException unscorable) {
            log.warn("Round {} cannot be scored: {}", id, unscorable.getMessage());
        }
    }
}
