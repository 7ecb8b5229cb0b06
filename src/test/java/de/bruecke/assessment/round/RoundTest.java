package de.bruecke.assessment.round;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a round guards, without a database. */
class RoundTest {

    private final Questionnaire questionnaire = Questionnaires.load(Questionnaires.SHIPPED);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:15:30.123456Z"), ZoneOffset.UTC);
    private final UUID amira = UUID.randomUUID();
    private final UUID boris = UUID.randomUUID();
    private final AccountId amirasAccount = new AccountId(UUID.randomUUID());
    private final AccountId borisAccount = new AccountId(UUID.randomUUID());

    private Round round(Round.Status status, Map<String, Answer> amirasAnswers, Map<DimensionCode, Priority> borisProposes) {
        return new Round(RoundId.random(), OrganisationId.random(), questionnaire.version(), status, null,
                Instant.now(), null, status == Round.Status.CLOSED ? Instant.now() : null,
                List.of(new Round.Respondent(amira, amirasAccount, null, amirasAnswers, Map.of(DimensionCode.STAFF, Priority.HIGH)),
                        new Round.Respondent(boris, borisAccount, null, Map.of(), borisProposes)),
                Map.of());
    }

    private Map<String, Answer> everything(Answer answer) {
        Map<String, Answer> answers = new HashMap<>();
        questionnaire.items().forEach(item -> answers.put(item.code(), answer));
        return answers;
    }

    private Map<DimensionCode, String> all(String priority) {
        Map<DimensionCode, String> agreed = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            agreed.put(code, priority);
        }
        return agreed;
    }

    @Test
    void acceptsTheFourLevelsDontKnowAndNotApplicable() {
        Round open = round(Round.Status.OPEN, Map.of(), Map.of());
        for (String code : List.of("1", "2", "3", "4", "DONT_KNOW", "NOT_APPLICABLE")) {
            assertThat(open.checkAnswer(questionnaire, amira, "GOVERNANCE.BOARD", code).code()).isEqualTo(code);
        }
    }

    @Test
    void refusesLevelFiveForeignItemsStrangersAndClosedRounds() {
        Round open = round(Round.Status.OPEN, Map.of(), Map.of());
        assertThatThrownBy(() -> open.checkAnswer(questionnaire, amira, "GOVERNANCE.BOARD", "5"))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.INVALID_ANSWER));
        assertThatThrownBy(() -> open.checkAnswer(questionnaire, amira, "GOVERNANCE.INVENTED", "2"))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.UNKNOWN_ITEM));
        assertThatThrownBy(() -> open.checkAnswer(questionnaire, UUID.randomUUID(), "GOVERNANCE.BOARD", "2"))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.NOT_A_RESPONDENT));
        Round closed = round(Round.Status.CLOSED, Map.of(), Map.of());
        assertThatThrownBy(() -> closed.checkAnswer(questionnaire, amira, "GOVERNANCE.BOARD", "2"))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.ROUND_CLOSED));
        assertThatThrownBy(() -> closed.checkProposal(amira, "HIGH")).isInstanceOf(RoundRuleViolated.class);
    }

    @Test
    void closingNeedsOneCompleteResponseAndAPriorityForEveryDimension() {
        Map<String, Answer> almost = everything(Answer.LEVEL_2);
        almost.remove(questionnaire.items().get(questionnaire.items().size() - 1).code());
        Round incomplete = round(Round.Status.OPEN, almost, Map.of());
        assertThatThrownBy(() -> incomplete.close(questionnaire, all("HIGH"), amirasAccount, clock))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.NO_COMPLETE_RESPONSE));

        Round complete = round(Round.Status.OPEN, everything(Answer.NOT_APPLICABLE), Map.of());
        assertThat(complete.completeResponses(questionnaire)).isEqualTo(1);
        var missing = all("HIGH");
        missing.remove(DimensionCode.FINANCE);
        assertThatThrownBy(() -> complete.close(questionnaire, missing, amirasAccount, clock))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.PRIORITY_MISSING));
        assertThatThrownBy(() -> complete.close(questionnaire, all("URGENT"), amirasAccount, clock))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.INVALID_PRIORITY));
        Round closed = complete.close(questionnaire, all("LOW"), amirasAccount, clock);
        assertThat(closed.agreed()).containsEntry(DimensionCode.COUNSELLING, Priority.LOW).hasSize(8);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closedBy()).isEqualTo(amirasAccount);
        assertThat(closed.closedAt()).isEqualTo(clock.instant());
    }

    @Test
    void closingRegistersAssessmentCompletedOnceWithEveryDimensionsNeed() {
        Round complete = round(Round.Status.OPEN, everything(Answer.LEVEL_2), Map.of());
        Round closed = complete.close(questionnaire, all("HIGH"), borisAccount, clock);
        assertThat(complete.events()).isEmpty();
        assertThat(closed.events()).singleElement().satisfies(event -> {
            assertThat(event.round()).isEqualTo(complete.id());
            assertThat(event.organisation()).isEqualTo(complete.organisation());
            assertThat(event.closedAt()).isEqualTo(clock.instant());
            assertThat(event.needs()).hasSize(DimensionCode.values().length)
                    .allSatisfy(need -> assertThat(need.priority()).isEqualTo(Priority.HIGH));
        });
        assertThatThrownBy(() -> closed.close(questionnaire, all("HIGH"), borisAccount, clock))
                .isInstanceOfSatisfying(RoundRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(RoundRuleViolated.Rule.ROUND_CLOSED));
    }

    @Test
    void suggestsTheMostProposedPriorityTheHigherOnATieAndMediumWithoutProposals() {
        Round round = round(Round.Status.OPEN, Map.of(), Map.of(DimensionCode.STAFF, Priority.LOW,
                DimensionCode.FINANCE, Priority.LOW));
        assertThat(round.suggestedPriority(DimensionCode.STAFF)).isEqualTo(Priority.HIGH);
        assertThat(round.suggestedPriority(DimensionCode.FINANCE)).isEqualTo(Priority.LOW);
        assertThat(round.suggestedPriority(DimensionCode.GOVERNANCE)).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void progressCountsDontKnowAsAnsweredAndResumesAtTheFirstOpenDimension() {
        Map<String, Answer> answers = new HashMap<>();
        questionnaire.dimension(DimensionCode.GOVERNANCE).items().forEach(i -> answers.put(i.code(), Answer.DONT_KNOW));
        questionnaire.dimension(DimensionCode.FINANCE).items().forEach(i -> answers.put(i.code(), Answer.LEVEL_3));
        Progress progress = Progress.of(questionnaire, answers);
        assertThat(progress.completeDimensions()).isEqualTo(2);
        assertThat(progress.firstOpenDimension()).contains(DimensionCode.STAFF);
        assertThat(progress.isComplete()).isFalse();
        assertThat(Progress.of(questionnaire, everything(Answer.LEVEL_1)).firstOpenDimension()).isEmpty();
    }

    @Test
    void scoresOnlyRespondentsWhoAnsweredSomething() {
        Round round = round(Round.Status.OPEN, everything(Answer.LEVEL_2), Map.of());
        assertThat(round.responses()).hasSize(1);
    }
}
