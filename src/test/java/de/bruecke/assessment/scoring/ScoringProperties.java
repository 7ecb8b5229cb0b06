package de.bruecke.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringProperties {

    private static final Questionnaire QUESTIONNAIRE = ScoringTest.QUESTIONNAIRE;
    private static final List<String> ITEMS = QUESTIONNAIRE.items().stream().map(Item::code).toList();
    private static final Answer[] UNSURE = { Answer.DONT_KNOW, Answer.NOT_APPLICABLE };

    @Property
    void aRespondentWhoAgreesWithTheMeanDoesNotChangeIt(@ForAll("rounds") List<Map<String, Answer>> round,
            @ForAll DimensionCode dimension, @ForAll @IntRange(min = 1, max = 5) int levelsEach,
            @ForAll("priorities") Map<DimensionCode, Priority> priorities, @ForAll Random random) {
        List<Item> items = QUESTIONNAIRE.dimension(dimension).items();
        int levels = Math.min(levelsEach, items.size());
        List<Map<String, Answer>> group = new ArrayList<>(round.subList(0, Math.min(round.size(), 3 * levels + 1)));
        if (group.isEmpty()) {
            group.add(Map.of());
        }
        int sum = 0;
        for (int r = 0; r < group.size(); r++) {
            int levelSum;
            if (r < group.size() - 1) {
                levelSum = levels + random.nextInt(3 * levels + 1);
            }
            else {
                int needed = Math.floorMod(-sum, group.size());
                levelSum = levels + Math.floorMod(needed - levels, group.size());
            }
            sum += levelSum;
            group.set(r, withLevelsIn(group.get(r), items, levels, levelSum, random));
        }
        var before = Scoring.score(QUESTIONNAIRE, responses(group), priorities);
        group.add(withLevelsIn(Map.of(), items, levels, sum / (group.size()), random));

        var after = Scoring.score(QUESTIONNAIRE, responses(group), priorities);

        assertThat(after.dimension(dimension).mean()).isEqualTo(before.dimension(dimension).mean());
        assertThat(after.dimension(dimension).needScore()).isEqualTo(before.dimension(dimension).needScore());
        assertThat(after.dimension(dimension).respondents()).isEqualTo(before.dimension(dimension).respondents() + 1);
    }

    @Property
    void dontKnowAndNotApplicableNeverCountAsALevel(@ForAll("rounds") List<Map<String, Answer>> round,
            @ForAll("priorities") Map<DimensionCode, Priority> priorities, @ForAll Random random) {
        List<Map<String, Answer>> unsure = new ArrayList<>();
        for (Map<String, Answer> answers : round) {
            Map<String, Answer> more = new LinkedHashMap<>(answers);
            ITEMS.stream().filter(item -> !answers.containsKey(item) && random.nextBoolean())
                    .forEach(item -> more.put(item, UNSURE[random.nextInt(2)]));
            unsure.add(more);
        }
        Map<String, Answer> onlyUnsure = new LinkedHashMap<>();
        ITEMS.stream().filter(item -> random.nextBoolean()).forEach(item -> onlyUnsure.put(item,
                UNSURE[random.nextInt(2)]));
        unsure.add(onlyUnsure);

        var before = Scoring.score(QUESTIONNAIRE, responses(round), priorities);
        var after = Scoring.score(QUESTIONNAIRE, responses(unsure), priorities);

        for (DimensionCode code : DimensionCode.values()) {
            var was = before.dimension(code);
            var is = after.dimension(code);
            assertThat(is.mean()).isEqualTo(was.mean());
            assertThat(is.spread()).isEqualTo(was.spread());
            assertThat(is.agreement()).isEqualTo(was.agreement());
            assertThat(is.needScore()).isEqualTo(was.needScore());
            assertThat(is.respondents()).isEqualTo(was.respondents());
            assertThat(is.levelAnswers()).isEqualTo(was.levelAnswers());
        }
    }

    @Property
    void needRisesStrictlyWhenMaturityFalls(@ForAll @IntRange(min = 100, max = 400) int oneMean,
            @ForAll @IntRange(min = 100, max = 400) int otherMean, @ForAll Priority priority) {
        Assume.that(oneMean != otherMean);
        BigDecimal lower = BigDecimal.valueOf(Math.min(oneMean, otherMean), 2);
        BigDecimal higher = BigDecimal.valueOf(Math.max(oneMean, otherMean), 2);

        assertThat(Scoring.needScore(lower, priority)).isGreaterThan(Scoring.needScore(higher, priority));
    }

    /** Below level 4 only; at exactly 4.00 the need is 0 for every priority (see ScoringTest). */
    @Property
    void needRisesStrictlyWithPriority(@ForAll @IntRange(min = 100, max = 399) int hundredths) {
        BigDecimal mean = BigDecimal.valueOf(hundredths, 2);

        BigDecimal low = Scoring.needScore(mean, Priority.LOW);
        BigDecimal medium = Scoring.needScore(mean, Priority.MEDIUM);
        BigDecimal high = Scoring.needScore(mean, Priority.HIGH);

        assertThat(low).isPositive().isLessThan(medium);
        assertThat(medium).isLessThan(high);
        assertThat(high).isLessThanOrEqualTo(BigDecimal.valueOf(100));
    }

    @Property
    void loweringAnAnswerNeverLowersTheNeed(@ForAll("rounds") List<Map<String, Answer>> round,
            @ForAll("priorities") Map<DimensionCode, Priority> priorities, @ForAll Random random) {
        List<int[]> lowerable = new ArrayList<>();
        for (int r = 0; r < round.size(); r++) {
            for (int i = 0; i < ITEMS.size(); i++) {
                Answer answer = round.get(r).get(ITEMS.get(i));
                if (answer != null && answer.isLevel() && answer != Answer.LEVEL_1) {
                    lowerable.add(new int[] { r, i });
                }
            }
        }
        Assume.that(!lowerable.isEmpty());
        int[] pick = lowerable.get(random.nextInt(lowerable.size()));
        String item = ITEMS.get(pick[1]);
        List<Map<String, Answer>> lowered = new ArrayList<>(round);
        Map<String, Answer> changed = new LinkedHashMap<>(round.get(pick[0]));
        changed.put(item, Answer.ofLevel(changed.get(item).level().getAsInt() - 1));
        lowered.set(pick[0], changed);
        DimensionCode dimension = QUESTIONNAIRE.dimensionOf(item).orElseThrow();

        var was = Scoring.score(QUESTIONNAIRE, responses(round), priorities).dimension(dimension);
        var is = Scoring.score(QUESTIONNAIRE, responses(lowered), priorities).dimension(dimension);

        assertThat(is.mean().orElseThrow()).isLessThanOrEqualTo(was.mean().orElseThrow());
        if (is.mean().get().compareTo(was.mean().get()) < 0) {
            assertThat(is.needScore().orElseThrow()).isGreaterThan(was.needScore().orElseThrow());
        }
        else {
            assertThat(is.needScore()).isEqualTo(was.needScore());
        }
    }

    @Property
    void sameResultWhateverTheOrder(@ForAll("rounds") List<Map<String, Answer>> round,
            @ForAll("priorities") Map<DimensionCode, Priority> priorities, @ForAll Random random) {
        List<Map<String, Answer>> reordered = new ArrayList<>();
        for (Map<String, Answer> answers : round) {
            var entries = new ArrayList<>(answers.entrySet());
            Collections.shuffle(entries, random);
            Map<String, Answer> shuffled = new LinkedHashMap<>();
            entries.forEach(entry -> shuffled.put(entry.getKey(), entry.getValue()));
            reordered.add(shuffled);
        }
        List<Response> responses = new ArrayList<>(responses(reordered));
        Collections.shuffle(responses, random);

        assertThat(Scoring.score(QUESTIONNAIRE, responses, priorities))
                .isEqualTo(Scoring.score(QUESTIONNAIRE, responses(round), priorities));
    }

    @Property
    void numbersStayInTheirRanges(@ForAll("rounds") List<Map<String, Answer>> round,
            @ForAll("priorities") Map<DimensionCode, Priority> priorities) {
        var result = Scoring.score(QUESTIONNAIRE, responses(round), priorities);

        for (DimensionResult dimension : result.dimensions()) {
            assertThat(dimension.answers()).isEqualTo(dimension.levelAnswers() + dimension.dontKnowAnswers()
                    + dimension.notApplicableAnswers());
            assertThat(dimension.isScored()).isEqualTo(dimension.respondents() > 0);
            assertThat(dimension.agreement() == Agreement.TOO_FEW_RESPONDENTS).isEqualTo(dimension.respondents() < 2);
            dimension.mean().ifPresent(mean -> assertThat(mean).isBetween(BigDecimal.ONE, BigDecimal.valueOf(4)));
            dimension.spread().ifPresent(spread -> assertThat(spread).isBetween(BigDecimal.ZERO,
                    BigDecimal.valueOf(3)));
            dimension.dontKnowShare().ifPresent(share -> assertThat(share).isBetween(BigDecimal.ZERO,
                    BigDecimal.ONE));
            dimension.needScore().ifPresent(need -> assertThat(need).isBetween(BigDecimal.ZERO,
                    BigDecimal.valueOf(100)));
        }
        assertThat(result.topNeeds()).isSortedAccordingTo((a, b) -> b.needScore().orElseThrow()
                .compareTo(a.needScore().orElseThrow()));
    }

    @Property
    void progressIsSymmetric(@ForAll("rounds") List<Map<String, Answer>> earlier,
            @ForAll("rounds") List<Map<String, Answer>> later) {
        var before = Scoring.score(QUESTIONNAIRE, responses(earlier), Map.of());
        var after = Scoring.score(QUESTIONNAIRE, responses(later), Map.of());

        var forward = after.progressSince(before);
        var backward = before.progressSince(after);

        for (int i = 0; i < forward.size(); i++) {
            Trend there = forward.get(i).trend();
            Trend back = backward.get(i).trend();
            assertThat(back).isEqualTo(there == Trend.IMPROVED ? Trend.DECLINED
                    : there == Trend.DECLINED ? Trend.IMPROVED : there);
        }
    }

    @Provide
    Arbitrary<List<Map<String, Answer>>> rounds() {
        Arbitrary<Map<String, Answer>> respondent = Arbitraries.maps(Arbitraries.of(ITEMS),
                Arbitraries.of(Answer.class)).ofMaxSize(ITEMS.size());
        return respondent.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Map<DimensionCode, Priority>> priorities() {
        return Arbitraries.maps(Arbitraries.of(DimensionCode.class), Arbitraries.of(Priority.class));
    }

    private static List<Response> responses(List<Map<String, Answer>> round) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < round.size(); i++) {
            responses.add(new Response("respondent-" + i, round.get(i)));
        }
        return responses;
    }

    /**
     * The answers with those in the dimension replaced: {@code count} levels adding up to {@code sum} on randomly
     * chosen items, "don't know", "not applicable" or nothing on the others.
     */
    private static Map<String, Answer> withLevelsIn(Map<String, Answer> answers, List<Item> items, int count,
            int sum, Random random) {
        Map<String, Answer> result = new LinkedHashMap<>(answers);
        items.forEach(item -> result.remove(item.code()));
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < count; i++) {
            int level = sum / count + (i < sum % count ? 1 : 0);
            result.put(shuffled.get(i).code(), Answer.ofLevel(level));
        }
        for (Item rest : shuffled.subList(count, shuffled.size())) {
            int pick = random.nextInt(3);
            if (pick < 2) {
                result.put(rest.code(), UNSURE[pick]);
            }
        }
        return result;
    }
}
