package de.bruecke.assessment.round;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many closed rounds at once, for generated benchmark data (demo's {@code --generate-assessments=N}). Each round
 * is closed by {@link Round#close}, so it passes the same checks as one closed by hand, and gets the same stored
 * figures; the rows are written with one insert per table. Generated rounds publish no events: nobody is waiting for
 * them.
 */
@Component
@NamedInterface("bulk")
public class ClosedRounds {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;

    ClosedRounds(JdbcClient jdbc, Questionnaires questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    /**
     * A round to write closed: who started and closed it, when, every respondent's answers (item code → answer) and
     * the agreed priority of every dimension.
     */
    public record Closing(OrganisationId organisation, AccountId by, Instant startedAt, Instant closedAt,
            List<Map<String, Answer>> responses, Map<DimensionCode, Priority> agreed) {
    }

    /** The questionnaire version generated rounds answer. */
    public Questionnaire questionnaire() {
        return questionnaires.version(1).orElseThrow();
    }

    /** How many organisations have a round started by {@code by}. */
    public int organisationsStartedBy(AccountId by) {
        return jdbc.sql("select count(distinct organisation_id) from assessment_round where started_by = :by")
                .param("by", by.value()).query(Integer.class).single();
    }

    /** Writes the rounds, all or none; refuses them all if one could not be closed. */
    @Transactional
    public void insert(List<Closing> closings) {
        Questionnaire questionnaire = questionnaire();
        Rows rows = new Rows();
        for (Closing closing : closings) {
            rows.add(close(questionnaire, closing));
        }
        rows.write(jdbc);
    }

    private static Round close(Questionnaire questionnaire, Closing closing) {
        List<Round.Respondent> respondents = new ArrayList<>();
        RoundId id = RoundId.random();
        for (int p = 0; p < closing.responses().size(); p++) {
            respondents.add(new Round.Respondent(UUID.randomUUID(), null, "person-" + p + "@" + id + ".generiert.example",
                    closing.responses().get(p), Map.of()));
        }
        Round open = new Round(id, closing.organisation(), questionnaire.version(), Round.Status.OPEN, closing.by(),
                closing.startedAt().truncatedTo(ChronoUnit.MICROS), null, null, respondents, Map.of());
        Map<DimensionCode, String> agreed = new EnumMap<>(DimensionCode.class);
        closing.agreed().forEach((dimension, priority) -> agreed.put(dimension, priority.name()));
        return open.close(questionnaire, agreed, closing.by(), Clock.fixed(closing.closedAt(), ZoneOffset.UTC));
    }

    /** The rows of many rounds, one text array per table. */
    private static final class Rows {

        final List<String[]> rounds = new ArrayList<>();
        final List<String[]> respondents = new ArrayList<>();
        final List<String[]> answers = new ArrayList<>();
        final List<String[]> agreed = new ArrayList<>();
        final List<String[]> scores = new ArrayList<>();

        /** The rows of a closed round; its figures are the needs its {@link AssessmentCompleted} carries. */
        void add(Round round) {
            String id = round.id().toString();
            rounds.add(new String[] { id, round.organisation().toString(), round.startedBy().toString(),
                    round.startedAt().toString(), round.closedAt().toString() });
            round.agreed().forEach((dimension, priority) -> agreed.add(new String[] { id, dimension.name(),
                    priority.name() }));
            for (Round.Respondent respondent : round.respondents()) {
                respondents.add(new String[] { respondent.id().toString(), id, respondent.email(),
                        round.startedBy().toString() });
                respondent.answers().forEach((item, answer) -> answers.add(new String[] {
                        respondent.id().toString(), item, answer.code() }));
            }
            for (AssessmentCompleted.Need need : round.events().get(0).needs()) {
                scores.add(new String[] { id, need.dimension().name(), need.priority().name(),
                        need.meanLevel().map(Object::toString).orElse(null),
                        need.needScore().map(Object::toString).orElse(null) });
            }
        }

        void write(JdbcClient jdbc) {
            jdbc.sql("""
                    insert into assessment_round (id, organisation_id, questionnaire_version, status, started_by,
                        started_at, closed_by, closed_at)
                    select cast(r[1] as uuid), cast(r[2] as uuid), 1, 'CLOSED', cast(r[3] as uuid),
                           cast(r[4] as timestamptz), cast(r[3] as uuid), cast(r[5] as timestamptz)
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("rows", flat(rounds)).update();
            jdbc.sql("""
                    insert into assessment_respondent (id, round_id, email, invited_by)
                    select cast(r[1] as uuid), cast(r[2] as uuid), r[3], cast(r[4] as uuid)
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("rows", flat(respondents)).update();
            jdbc.sql("""
                    insert into assessment_answer (respondent_id, item_code, answer)
                    select cast(r[1] as uuid), r[2], r[3]
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("rows", flat(answers)).update();
            jdbc.sql("""
                    insert into assessment_agreed_priority (round_id, dimension, priority)
                    select cast(r[1] as uuid), r[2], r[3]
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("rows", flat(agreed)).update();
            jdbc.sql("""
                    insert into assessment_dimension_score (round_id, dimension, priority, mean_level, need_score)
                    select cast(r[1] as uuid), r[2], r[3], cast(nullif(r[4], '') as numeric),
                           cast(nullif(r[5], '') as numeric)
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("rows", flat(scores)).update();
        }

        private static String[] flat(List<String[]> rows) {
            return rows.stream().map(row -> String.join("|", Arrays.stream(row).map(v -> v == null ? "" : v).toList()))
                    .toArray(String[]::new);
        }
    }
}
