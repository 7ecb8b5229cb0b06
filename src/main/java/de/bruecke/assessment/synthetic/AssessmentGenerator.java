package de.bruecke.assessment.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.assessment.scoring.AssessmentResult;
import de.bruecke.assessment.scoring.DimensionResult;
import de.bruecke.assessment.scoring.Response;
import de.bruecke.assessment.scoring.Scoring;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.region.Gazetteer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --generate-assessments=N} at start, makes sure there are N generated MOs, each with a closed round (every
 * fourth also with an earlier one a year before), 1–4 respondents answering questionnaire version 1, and their stored
 * figures — for benchmarks of the area aggregates. Deterministic: MO number i always gets the same place, answers and
 * priorities (seeded by i); only the IDs differ between databases. Running it again adds only what is missing.
 */
@Component
class AssessmentGenerator implements ApplicationRunner {

    static final String OPTION = "generate-assessments";
    static final String NAME_PREFIX = "Beispielverein Bedarfsermittlung ";
    /** Marks generated rounds (started_by), so the generator knows how many MOs it made. */
    static final UUID GENERATOR = UUID.nameUUIDFromBytes("bruecke-assessment-generator".getBytes());
    private static final int BATCH = 500;
    private static final List<String> POSTCODES = List.of("70173", "79098", "80331", "90402", "10117", "12043",
            "14467", "03046", "28195", "27568", "20095", "22767", "60311", "34117", "19053", "18055", "30159",
            "49074", "50667", "44135", "55116", "67059", "66111", "66538", "04109", "01067", "39104", "06108",
            "24103", "23552", "99084", "07743");

    private static final Logger log = LoggerFactory.getLogger(AssessmentGenerator.class);

    private final Organisations organisations;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Questionnaires questionnaires;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AssessmentGenerator(Organisations organisations, Gazetteer gazetteer, Questionnaires questionnaires,
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.gazetteer = gazetteer;
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int wanted = Integer.parseInt(args.getOptionValues(OPTION).get(0).strip());
        long started = System.nanoTime();
        int made = generate(wanted);
        log.info("Generated assessments: {} new MOs with closed rounds ({} wanted) in {} s", made, wanted,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Generates MOs until there are {@code wanted} generated ones; how many were added. */
    int generate(int wanted) {
        int existing = generated();
        List<String> postcodes = POSTCODES.stream().filter(gazetteer::exists).toList();
        Questionnaire questionnaire = questionnaires.version(1).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int from = existing; from < wanted; from += BATCH) {
            int to = Math.min(from + BATCH, wanted);
            int first = from;
            transactions.executeWithoutResult(status -> {
                Batch batch = new Batch();
                for (int i = first; i < to; i++) {
                    add(batch, i, postcodes, questionnaire, now);
                }
                batch.write(jdbc);
            });
        }
        return Math.max(0, wanted - existing);
    }

    int generated() {
        return jdbc.sql("select count(distinct organisation_id) from assessment_round where started_by = :g")
                .param("g", GENERATOR).query(Integer.class).single();
    }

    private void add(Batch batch, int i, List<String> postcodes, Questionnaire questionnaire, Instant now) {
        SplittableRandom random = new SplittableRandom(4_711L * (i + 1));
        Organisation mo = organisations.register(String.format("%s%05d e.V.", NAME_PREFIX, i + 1),
                OrganisationKind.MO, postcodes.get(random.nextInt(postcodes.size())));
        Map<DimensionCode, Integer> maturity = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            maturity.put(code, 1 + random.nextInt(4));
        }
        Instant latest = now.minus(random.nextInt(700), ChronoUnit.DAYS);
        if (i % 4 == 0) {
            batch.round(mo, latest.minus(365, ChronoUnit.DAYS), questionnaire, random, maturity, -1);
        }
        batch.round(mo, latest, questionnaire, random, maturity, 0);
    }

    /** Rows of many rounds, written with one insert per table. */
    private static final class Batch {

        final List<String[]> rounds = new ArrayList<>();
        final List<String[]> respondents = new ArrayList<>();
        final List<String[]> answers = new ArrayList<>();
        final List<String[]> agreed = new ArrayList<>();
        final List<String[]> scores = new ArrayList<>();

        void round(Organisation mo, Instant closedAt, Questionnaire questionnaire, SplittableRandom random,
                Map<DimensionCode, Integer> maturity, int shift) {
            UUID round = UUID.randomUUID();
            Instant startedAt = closedAt.minus(14, ChronoUnit.DAYS);
            rounds.add(new String[] { round.toString(), mo.id().toString(), startedAt.toString(),
                    closedAt.toString() });
            Map<DimensionCode, Priority> priorities = new EnumMap<>(DimensionCode.class);
            for (DimensionCode code : DimensionCode.values()) {
                Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
                priorities.put(code, priority);
                agreed.add(new String[] { round.toString(), code.name(), priority.name() });
            }
            List<Response> responses = new ArrayList<>();
            int people = 1 + random.nextInt(4);
            for (int p = 0; p < people; p++) {
                UUID respondent = UUID.randomUUID();
                respondents.add(new String[] { respondent.toString(), round.toString(),
                        "person-" + p + "@" + round + ".generiert.example" });
                Map<String, Answer> given = new HashMap<>();
                for (Dimension dimension : questionnaire.dimensions()) {
                    int base = maturity.get(dimension.code()) + shift;
                    for (Item item : dimension.items()) {
                        int roll = random.nextInt(100);
                        Answer answer = roll < 8 ? Answer.DONT_KNOW : roll < 11 ? Answer.NOT_APPLICABLE
                                : Answer.ofLevel(Math.max(1, Math.min(4, base + random.nextInt(3) - 1)));
                        given.put(item.code(), answer);
                        answers.add(new String[] { respondent.toString(), item.code(), answer.code() });
                    }
                }
                responses.add(new Response(respondent.toString(), given));
            }
            AssessmentResult result = Scoring.score(questionnaire, responses, priorities);
            for (DimensionResult d : result.dimensions()) {
                scores.add(new String[] { round.toString(), d.dimension().name(), d.priority().name(),
                        d.mean().map(Object::toString).orElse(null),
                        d.needScore().map(Object::toString).orElse(null) });
            }
        }

        void write(JdbcClient jdbc) {
            jdbc.sql("""
                    insert into assessment_round (id, organisation_id, questionnaire_version, status, started_by,
                        started_at, closed_by, closed_at)
                    select cast(r[1] as uuid), cast(r[2] as uuid), 1, 'CLOSED', :g, cast(r[3] as timestamptz), :g,
                           cast(r[4] as timestamptz)
                    from unnest(cast(:rows as text[])) with ordinality as t(flat, n),
                         lateral (select string_to_array(flat, '|') as r) parts""")
                    .param("g", GENERATOR).param("rows", flat(rounds)).update();
            jdbc.sql("""
                    insert into assessment_respondent (id, round_id, email, invited_by)
                    select cast(r[1] as uuid), cast(r[2] as uuid), r[3], :g
                    from unnest(cast(:rows as text[])) as t(flat), lateral (select string_to_array(flat, '|') as r) p""")
                    .param("g", GENERATOR).param("rows", flat(respondents)).update();
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
            return rows.stream().map(row -> String.join("|", java.util.Arrays.stream(row)
                    .map(v -> v == null ? "" : v).toList())).toArray(String[]::new);
        }
    }
}
