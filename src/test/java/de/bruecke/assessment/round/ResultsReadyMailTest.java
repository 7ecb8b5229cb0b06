package de.bruecke.assessment.round;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a round publishes {@link AssessmentCompleted} through the event publication registry, and after the close
 * committed every respondent who answered gets an e-mail in their language that the results are ready.
 */
@IntegrationTest
@EnableScenarios
class ResultsReadyMailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Assessments assessments;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResultsReadyMail listener;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void respondentsWhoAnsweredAreToldInTheirLanguage(Scenario scenario) {
        var fixtures = AssessmentFixtures.of(context);
        var mo = fixtures.newMo(1);
        String turkish = "uye-" + UUID.randomUUID().toString().substring(0, 8) + "@verein.example";
        accounts.createConfirmed(turkish, "Üye", DemoUsers.PASSWORD, Locale.forLanguageTag("tr"),
                List.of(new RoleGrant(Role.MO_MEMBER, mo.organisation().id().value(), null)));
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0), turkish);
        fixtures.answerAll(round, mo.admin(), "2", Priority.HIGH);
        fixtures.answerAll(round, turkish, "3", Priority.LOW);
        Outbox outbox = new Outbox(jdbc);
        String results = mo.base() + "/" + round + "/results";

        scenario.stimulate(() -> assessments.close(round, fixtures.priorities(Priority.MEDIUM),
                        fixtures.user(mo.admin()).accountId()))
                .andWaitForStateChange(() -> resultsMails(outbox, turkish) + resultsMails(outbox, mo.admin()),
                        count -> count == 2)
                .andExpect(AssessmentCompleted.class)
                .matching(event -> event.round().equals(round))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisation()).isEqualTo(mo.organisation().id());
                    assertThat(outbox.subjectsTo(mo.admin())).containsExactly(
                            "Bedarfsermittlung bei " + mo.organisation().name() + ": Die Ergebnisse sind da");
                    assertThat(outbox.lastTextTo(mo.admin())).contains(results);
                    assertThat(outbox.subjectsTo(turkish)).containsExactly(
                            mo.organisation().name() + " ihtiyaç analizi: Görüşünüz önemli",
                            mo.organisation().name() + " ihtiyaç analizi: Sonuçlar hazır");
                    assertThat(outbox.lastTextTo(turkish)).contains("Merhaba Üye,").contains(results);
                });
        assertThat(resultsMails(outbox, mo.member(0))).as("invited, but did not answer").isZero();
    }

    @Test
    void aSecondDeliveryOfTheSameEventSendsNoSecondMail(Scenario scenario) {
        var fixtures = AssessmentFixtures.of(context);
        var mo = fixtures.newMo(0);
        Outbox outbox = new Outbox(jdbc);
        RoundId round = fixtures.start(mo);
        fixtures.answerAll(round, mo.admin(), "1", Priority.HIGH);
        var delivered = new AtomicReference<AssessmentCompleted>();
        scenario.stimulate(() -> assessments.close(round, fixtures.priorities(Priority.HIGH),
                        fixtures.user(mo.admin()).accountId()))
                .andWaitForStateChange(() -> resultsMails(outbox, mo.admin()), count -> count == 1)
                .andExpect(AssessmentCompleted.class)
                .matching(event -> event.round().equals(round))
                .toArriveAndVerify(delivered::set);

        ResultsReadyMail target = AopTestUtils.getUltimateTargetObject(listener);
        transactions.executeWithoutResult(status -> target.on(delivered.get()));
        assertThat(resultsMails(outbox, mo.admin())).isEqualTo(1);
    }

    /** How many results-ready mails the person got (in German or Turkish). */
    private static long resultsMails(Outbox outbox, String recipient) {
        return outbox.subjectsTo(recipient).stream()
                .filter(subject -> subject.endsWith("Die Ergebnisse sind da") || subject.endsWith("Sonuçlar hazır"))
                .count();
    }
}
