package de.bruecke.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Dimension;
import de.bruecke.assessment.questionnaire.EntrySurvey;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Level;
import de.bruecke.assessment.questionnaire.LocalizedText;
import de.bruecke.assessment.questionnaire.QuestionType;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.SurveyOption;
import de.bruecke.assessment.questionnaire.SurveyQuestion;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.assessment.scoring.AssessmentResult;
import de.bruecke.assessment.scoring.Response;
import de.bruecke.assessment.scoring.Scoring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one assessment round (issue 4: 10 respondents × 40 items in ≤ 50 ms): a questionnaire with the largest
 * allowed shape (8 dimensions × 5 items), every respondent answering every item with a seeded mix of levels, "don't
 * know" and "not applicable", plus the top needs and the comparison with a previous round as the results page does.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    @Param({ "10" })
    int respondents;

    Questionnaire questionnaire;
    List<Response> responses;
    Map<DimensionCode, Priority> priorities;
    AssessmentResult previous;

    @Setup
    public void prepare() {
        questionnaire = fortyItems();
        Random random = new Random(4711);
        responses = responses(random);
        priorities = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            priorities.put(code, Priority.values()[random.nextInt(Priority.values().length)]);
        }
        previous = Scoring.score(questionnaire, responses(random), priorities);
        if (questionnaire.items().size() != 40) {
            throw new IllegalStateException("Expected 40 items, got " + questionnaire.items().size());
        }
    }

    /** The scoring alone. */
    @Benchmark
    public AssessmentResult score() {
        return Scoring.score(questionnaire, responses, priorities);
    }

    /** The very first scoring in a fresh JVM (class loading, interpreter, no JIT yet): five forks, one call each. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public AssessmentResult firstScoreInAFreshJvm() {
        return Scoring.score(questionnaire, responses, priorities);
    }

    /** What the results page computes: scores, top needs and progress since the previous round. */
    @Benchmark
    public Object resultsPage() {
        AssessmentResult result = Scoring.score(questionnaire, responses, priorities);
        return List.of(result.topNeeds(), result.progressSince(previous));
    }

    private List<Response> responses(Random random) {
        List<Response> all = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            Map<String, Answer> answers = new HashMap<>();
            for (Item item : questionnaire.items()) {
                int roll = random.nextInt(20);
                answers.put(item.code(), roll == 0 ? Answer.NOT_APPLICABLE
                        : roll < 3 ? Answer.DONT_KNOW : Answer.ofLevel(1 + random.nextInt(4)));
            }
            all.add(new Response("respondent-" + r, answers));
        }
        return all;
    }

    static Questionnaire fortyItems() {
        List<Dimension> dimensions = new ArrayList<>();
        for (DimensionCode code : DimensionCode.values()) {
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= Dimension.MAX_ITEMS; i++) {
                List<Level> levels = new ArrayList<>();
                for (int level = Level.LOWEST; level <= Level.HIGHEST; level++) {
                    levels.add(new Level(level, LocalizedText.of("Stufe " + level, "Level " + level)));
                }
                items.add(new Item(code + ".ITEM_" + i, LocalizedText.of("Frage " + i, "Question " + i),
                        LocalizedText.of("Hilfe", "Help"), levels));
            }
            dimensions.add(new Dimension(code, LocalizedText.of(code.name(), code.name()),
                    LocalizedText.of("Beschreibung", "Description"), items));
        }
        EntrySurvey survey = new EntrySurvey(List.of(new SurveyQuestion("GOALS", QuestionType.SINGLE_CHOICE,
                LocalizedText.of("Ziel?", "Goal?"), java.util.Optional.empty(),
                List.of(new SurveyOption("A", LocalizedText.of("A", "A")),
                        new SurveyOption("B", LocalizedText.of("B", "B"))))));
        return new Questionnaire(2, LocalizedText.of("Benchmark", "Benchmark"), LocalizedText.of("Hinweis", "Hint"),
                dimensions, survey);
    }
}
