package de.bruecke.demo.synthetic;

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
import de.bruecke.assessment.round.ClosedRounds;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.AccountId;
import de.bruecke.region.Gazetteer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --generate-assessments=N} at start, makes sure there are N generated MOs, each with a closed round (every
 * fourth also with an earlier one a year before), 1–4 respondents answering questionnaire version 1, and their stored
 * figures — for benchmarks of the area aggregates. Deterministic: MO number i always gets the same place, answers and
 * priorities (seeded by i); only the IDs differ between databases. Running it again adds only what is missing. The
 * MOs are registered through organisation's API, the rounds closed through assessment's {@link ClosedRounds}.
 */
@Component
class AssessmentGenerator implements ApplicationRunner {

    static final String OPTION = "generate-assessments";
    static final String NAME_PREFIX = "Beispielverein Bedarfsermittlung ";
    /** Marks generated rounds (started and closed by), so the generator knows how many MOs it made. */
    static final AccountId GENERATOR = new AccountId(UUID.nameUUIDFromBytes("bruecke-assessment-generator".getBytes()));
    private static final int BATCH = 500;
    private static final List<String> POSTCODES = List.of("70173", "79098", "80331", "90402", "10117", "12043",
            "14467", "03046", "28195", "27568", "20095", "22767", "60311", "34117", "19053", "18055", "30159",
            "49074", "50667", "44135", "55116", "67059", "66111", "66538", "04109", "01067", "39104", "06108",
            "24103", "23552", "99084", "07743");

    private static final Logger log = LoggerFactory.getLogger(AssessmentGenerator.class);

    private final Organisations organisations;
    private final ClosedRounds rounds;
    private final Gazetteer gazetteer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AssessmentGenerator(Organisations organisations, ClosedRounds rounds, Gazetteer gazetteer,
            TransactionTemplate transactions, Clock clock) {
        this.organisations = organisations;
        this.rounds = rounds;
        this.gazetteer = gazetteer;
        this.transactions = transactions;
        this.clock = clock;
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
        int existing = rounds.organisationsStartedBy(GENERATOR);
        List<String> postcodes = POSTCODES.stream().filter(gazetteer::exists).toList();
        Questionnaire questionnaire = rounds.questionnaire();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int from = existing; from < wanted; from += BATCH) {
            int to = Math.min(from + BATCH, wanted);
            int first = from;
            transactions.executeWithoutResult(status -> {
                List<ClosedRounds.Closing> closings = new ArrayList<>();
                for (int i = first; i < to; i++) {
                    closings.addAll(closings(i, postcodes, questionnaire, now));
                }
                rounds.insert(closings);
            });
        }
        return Math.max(0, wanted - existing);
    }

    private List<ClosedRounds.Closing> closings(int i, List<String> postcodes, Questionnaire questionnaire,
            Instant now) {
        SplittableRandom random = new SplittableRandom(4_711L * (i + 1));
        Organisation mo = organisations.register(String.format("%s%05d e.V.", NAME_PREFIX, i + 1),
                OrganisationKind.MO, postcodes.get(random.nextInt(postcodes.size())));
        Map<DimensionCode, Integer> maturity = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            maturity.put(code, 1 + random.nextInt(4));
        }
        Instant latest = now.minus(random.nextInt(700), ChronoUnit.DAYS);
        List<ClosedRounds.Closing> closings = new ArrayList<>();
        if (i % 4 == 0) {
            closings.add(closing(mo, latest.minus(365, ChronoUnit.DAYS), questionnaire, random, maturity, -1));
        }
        closings.add(closing(mo, latest, questionnaire, random, maturity, 0));
        return closings;
    }

    private static ClosedRounds.Closing closing(Organisation mo, Instant closedAt, Questionnaire questionnaire,
            SplittableRandom random, Map<DimensionCode, Integer> maturity, int shift) {
        Map<DimensionCode, Priority> priorities = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            priorities.put(code, Priority.values()[random.nextInt(Priority.values().length)]);
        }
        List<Map<String, Answer>> responses = new ArrayList<>();
        int people = 1 + random.nextInt(4);
        for (int p = 0; p < people; p++) {
            Map<String, Answer> given = new HashMap<>();
            for (Dimension dimension : questionnaire.dimensions()) {
                int base = maturity.get(dimension.code()) + shift;
                for (Item item : dimension.items()) {
                    int roll = random.nextInt(100);
                    given.put(item.code(), roll < 8 ? Answer.DONT_KNOW : roll < 11 ? Answer.NOT_APPLICABLE
                            : Answer.ofLevel(Math.max(1, Math.min(4, base + random.nextInt(3) - 1))));
                }
            }
            responses.add(given);
        }
        return new ClosedRounds.Closing(mo.id(), GENERATOR, closedAt.minus(14, ChronoUnit.DAYS), closedAt, responses,
                priorities);
    }
}
