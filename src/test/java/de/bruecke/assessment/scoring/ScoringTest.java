package de.bruecke.assessment.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.round.Answers;

import org.junit.jupiter.api.Test;

import static de.bruecke.assessment.scoring.Answer.DONT_KNOW;
import static de.bruecke.assessment.scoring.Answer.NOT_APPLICABLE;
import static de.bruecke.assessment.DimensionCode.COMMUNICATION;
import static de.bruecke.assessment.DimensionCode.COUNSELLING;
import static de.bruecke.assessment.DimensionCode.FINANCE;
import static de.bruecke.assessment.DimensionCode.GOVERNANCE;
import static de.bruecke.assessment.DimensionCode.LABOUR_MARKET;
import static de.bruecke.assessment.DimensionCode.NETWORKING;
import static de.bruecke.assessment.DimensionCode.PROJECTS;
import static de.bruecke.assessment.DimensionCode.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {

    static final Questionnaire QUESTIONNAIRE = Questionnaires.load(Questionnaires.SHIPPED);

    private static final Map<DimensionCode, Priority> PRIORITIES = Map.of(GOVERNANCE, Priority.HIGH, STAFF,
            Priority.LOW, NETWORKING, Priority.HIGH);

    /** Numbers computed by hand; see docs/assessment-scoring.md for the rules. */
    @Test
    void handComputedExample() {
        var amira = new Answers("amira")
                .dimension(GOVERNANCE, 1, 2, DONT_KNOW, NOT_APPLICABLE)
                .dimension(STAFF, 2, 2, 2, 2)
                .dimension(PROJECTS, 4, 4, 4, 4)
                .dimension(COMMUNICATION, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE)
                .dimension(LABOUR_MARKET, 1, 1, 1)
                .dimension(NETWORKING, 1, 2, 2);
        var boris = new Answers("boris")
                .dimension(GOVERNANCE, 3, 3, 4, 2)
                .dimension(STAFF, 2, 3, 2, 3)
                .dimension(LABOUR_MARKET, 1)
                .dimension(NETWORKING, 2, 2)
                .dimension(COUNSELLING, 3, 3, 3, 3);
        var chen = new Answers("chen").dimension(GOVERNANCE, DONT_KNOW, DONT_KNOW);

        var result = Scoring.score(QUESTIONNAIRE, List.of(amira.response(), boris.response(), chen.response()),
                PRIORITIES);

        assertThat(result.respondents()).isEqualTo(3);
        // amira 1.5, boris 3.0, chen gave no level: (1.5 + 3.0) / 2 = 2.25 (pooling all six levels would give 2.5)
        var governance = result.dimension(GOVERNANCE);
        assertThat(governance.respondents()).isEqualTo(2);
        assertThat(governance.answers()).isEqualTo(10);
        assertThat(governance.levelAnswers()).isEqualTo(6);
        assertThat(governance.dontKnowAnswers()).isEqualTo(3);
        assertThat(governance.notApplicableAnswers()).isEqualTo(1);
        assertThat(governance.mean()).contains(new BigDecimal("2.25"));
        assertThat(governance.spread()).contains(new BigDecimal("1.50"));
        assertThat(governance.agreement()).isEqualTo(Agreement.DIFFER);
        assertThat(governance.dontKnowShare()).contains(new BigDecimal("0.30"));
        // (4 - 2.25) / 3 * 100 * 1.0 = 58.333…
        assertThat(governance.needScore()).contains(new BigDecimal("58.33"));

        var staff = result.dimension(STAFF);
        assertThat(staff.mean()).contains(new BigDecimal("2.25"));
        assertThat(staff.spread()).contains(new BigDecimal("0.50"));
        assertThat(staff.agreement()).isEqualTo(Agreement.AGREE);
        assertThat(staff.dontKnowShare()).contains(new BigDecimal("0.00"));
        // (4 - 2.25) / 3 * 100 * 0.5 = 29.166…
        assertThat(staff.needScore()).contains(new BigDecimal("29.17"));

        var finance = result.dimension(FINANCE);
        assertThat(finance.mean()).isEmpty();
        assertThat(finance.needScore()).isEmpty();
        assertThat(finance.dontKnowShare()).isEmpty();
        assertThat(finance.agreement()).isEqualTo(Agreement.TOO_FEW_RESPONDENTS);
        assertThat(finance.isScored()).isFalse();

        var projects = result.dimension(PROJECTS);
        assertThat(projects.priority()).isEqualTo(Scoring.DEFAULT_PRIORITY);
        assertThat(projects.mean()).contains(new BigDecimal("4.00"));
        assertThat(projects.needScore()).contains(new BigDecimal("0.00"));
        assertThat(projects.agreement()).isEqualTo(Agreement.TOO_FEW_RESPONDENTS);

        var communication = result.dimension(COMMUNICATION);
        assertThat(communication.answers()).isEqualTo(4);
        assertThat(communication.mean()).isEmpty();
        assertThat(communication.needScore()).isEmpty();
        assertThat(communication.dontKnowShare()).contains(new BigDecimal("0.00"));

        // 1.0 and 1.0 with medium priority: 3 / 3 * 100 * 0.75
        assertThat(result.dimension(LABOUR_MARKET).needScore()).contains(new BigDecimal("75.00"));

        // amira 5/3, boris 2: (5/3 + 2) / 2 = 11/6 = 1.833…; spread 1/3
        var networking = result.dimension(NETWORKING);
        assertThat(networking.mean()).contains(new BigDecimal("1.83"));
        assertThat(networking.spread()).contains(new BigDecimal("0.33"));
        assertThat(networking.agreement()).isEqualTo(Agreement.AGREE);
        assertThat(networking.needScore()).contains(new BigDecimal("72.33"));

        assertThat(result.dimension(COUNSELLING).needScore()).contains(new BigDecimal("25.00"));

        assertThat(result.topNeeds()).extracting(DimensionResult::dimension)
                .containsExactly(LABOUR_MARKET, NETWORKING, GOVERNANCE, STAFF, COUNSELLING);
    }

    @Test
    void equalNeedsKeepTheDimensionOrder() {
        var answers = new Answers("a").dimension(COUNSELLING, 2, 2, 2, 2).dimension(STAFF, 2, 2, 2, 2)
                .dimension(FINANCE, 3, 3, 3, 3);

        var result = Scoring.score(QUESTIONNAIRE, List.of(answers.response()), Map.of());

        assertThat(result.topNeeds()).extracting(DimensionResult::dimension).containsExactly(STAFF, COUNSELLING,
                FINANCE);
    }

    @Test
    void progressAgainstThePreviousRound() {
        var before = Scoring.score(QUESTIONNAIRE, List.of(new Answers("a")
                .dimension(GOVERNANCE, 2, 2, 2, 2)
                .dimension(STAFF, 2, 3, 2, 3)
                .dimension(NETWORKING, 2, 2, 2, 1)
                .dimension(PROJECTS, 3, 3, 3, 3)
                .response()), Map.of());
        var after = Scoring.score(QUESTIONNAIRE, List.of(new Answers("a")
                .dimension(GOVERNANCE, 2, 2, 2, 3)
                .dimension(STAFF, 2, 2, 2, 3)
                .dimension(NETWORKING, 2, 2, 1)
                .dimension(FINANCE, 1, 1, 1, 1)
                .response()), Map.of());

        var progress = after.progressSince(before);

        assertThat(progress).extracting(DimensionComparison::dimension).containsExactly(DimensionCode.values());
        assertThat(progress.get(GOVERNANCE.ordinal())).isEqualTo(new DimensionComparison(GOVERNANCE,
                Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("2.25")),
                Optional.of(new BigDecimal("0.25")), Trend.IMPROVED));
        assertThat(progress.get(STAFF.ordinal()).trend()).isEqualTo(Trend.DECLINED);
        assertThat(progress.get(STAFF.ordinal()).change()).contains(new BigDecimal("-0.25"));
        assertThat(progress.get(NETWORKING.ordinal()).trend()).isEqualTo(Trend.UNCHANGED);
        assertThat(progress.get(NETWORKING.ordinal()).change()).contains(new BigDecimal("-0.08"));
        assertThat(progress.get(PROJECTS.ordinal()).trend()).isEqualTo(Trend.NOT_COMPARABLE);
        assertThat(progress.get(FINANCE.ordinal()).trend()).isEqualTo(Trend.NOT_COMPARABLE);
        assertThat(progress.get(FINANCE.ordinal()).change()).isEmpty();
    }

    @Test
    void fullyMatureMeansNoNeedWhateverThePriority() {
        for (Priority priority : Priority.values()) {
            assertThat(Scoring.needScore(new BigDecimal("4.00"), priority)).isEqualByComparingTo("0");
        }
        assertThat(Scoring.needScore(BigDecimal.ONE, Priority.HIGH)).isEqualByComparingTo("100");
        assertThat(Scoring.needScore(BigDecimal.ONE, Priority.LOW)).isEqualByComparingTo("50");
        assertThatThrownBy(() -> Scoring.needScore(new BigDecimal("4.01"), Priority.LOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scoring.needScore(new BigDecimal("0.99"), Priority.LOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsForgedItemsAndDoubleRespondents() {
        var forged = new Response("a", Map.of("GOVERNANCE.FORGED", Answer.LEVEL_2));
        assertThatThrownBy(() -> Scoring.score(QUESTIONNAIRE, List.of(forged), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GOVERNANCE.FORGED");

        var once = new Answers("a").dimension(STAFF, 1).response();
        assertThatThrownBy(() -> Scoring.score(QUESTIONNAIRE, List.of(once, once), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAreLevelsOneToFourOrTheTwoOthers() {
        assertThat(Answer.fromCode("3")).contains(Answer.LEVEL_3);
        assertThat(Answer.fromCode("DONT_KNOW")).contains(DONT_KNOW);
        assertThat(Answer.fromCode("5")).isEmpty();
        assertThat(Answer.fromCode("0")).isEmpty();
        assertThat(Answer.fromCode(null)).isEmpty();
        assertThat(Answer.ofLevel(4)).isEqualTo(Answer.LEVEL_4);
        assertThat(Answer.LEVEL_2.level()).hasValue(2);
        assertThat(NOT_APPLICABLE.level()).isEmpty();
        assertThatThrownBy(() -> Answer.ofLevel(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRespondentsNoScores() {
        var result = Scoring.score(QUESTIONNAIRE, List.of(), Map.of());

        assertThat(result.respondents()).isZero();
        assertThat(result.dimensions()).noneMatch(DimensionResult::isScored);
        assertThat(result.topNeeds()).isEmpty();
    }

    /** Builds one respondent's answers dimension by dimension, in item order (ints are levels). */
    static final class Answers {

        private final String respondent;
        private final Map<String, Answer> answers = new LinkedHashMap<>();

        Answers(String respondent) {
            this.respondent = respondent;
        }

        Answers dimension(DimensionCode code, Object... answersInItemOrder) {
            List<Item> items = QUESTIONNAIRE.dimension(code).items();
            for (int i = 0; i < answersInItemOrder.length; i++) {
                Object answer = answersInItemOrder[i];
                answers.put(items.get(i).code(),
                        answer instanceof Integer ? Answer.ofLevel((Integer) answer) : (Answer) answer);
            }
            return this;
        }

        Response response() {
            return new Response(respondent, answers);
        }
    }
}
