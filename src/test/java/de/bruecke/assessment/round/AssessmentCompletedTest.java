package de.bruecke.assessment.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment module with the modules it depends on (no demo data, a database of its own): closing a round
 * publishes {@link AssessmentCompleted} with the needs, exactly once, however often the close is sent.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
        "bruecke.embedded-database.directory=target/test-postgres-assessment",
        "bruecke.embedded-database.clean=true",
        "bruecke.demo=off",
        "bruecke.mail.dispatch-interval=1h"
})
@Import(AssessmentCompletedTest.Recorder.class)
@Tag("database")
class AssessmentCompletedTest {

    @Autowired
    ApplicationContext context;

    /** Records events from every thread (published events of the test are bound to the test's thread). */
    @TestConfiguration
    static class Recorder {

        final List<AssessmentCompleted> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AssessmentCompleted event) {
            events.add(event);
        }
    }

    @Autowired
    Assessments assessments;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recorder recorder;

    AssessmentFixtures fixtures;
    AssessmentFixtures.Mo mo;
    RoundId round;

    @BeforeEach
    void aRoundWithTwoCompleteResponses() {
        fixtures = AssessmentFixtures.of(context);
        mo = fixtures.newMo(1);
        round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "2", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "DONT_KNOW", Priority.LOW);
    }

    @Test
    void closingPublishesTheNeedsPerDimension(Scenario scenario) {
        var agreed = fixtures.priorities(Priority.MEDIUM);
        agreed.put(DimensionCode.FINANCE, Priority.HIGH.name());
        scenario.stimulate(() -> assessments.close(round, agreed, fixtures.user(mo.admin()).accountId()))
                .andWaitForEventOfType(AssessmentCompleted.class)
                .matching(event -> event.round().equals(round))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisation()).isEqualTo(mo.organisation().id());
                    assertThat(event.questionnaireVersion()).isEqualTo(questionnaires.current().version());
                    assertThat(event.closedAt()).isNotNull();
                    assertThat(event.needs()).extracting(AssessmentCompleted.Need::dimension)
                            .containsExactly(DimensionCode.values());
                    var finance = event.needs().get(DimensionCode.FINANCE.ordinal());
                    assertThat(finance.priority()).isEqualTo(Priority.HIGH);
                    assertThat(finance.meanLevel()).contains(new BigDecimal("2.00"));
                    assertThat(finance.needScore()).contains(new BigDecimal("66.67"));
                    assertThat(event.needs().get(0).needScore()).contains(new BigDecimal("50.00"));
                    assertThat(event.topNeeds()).first().extracting(AssessmentCompleted.Need::dimension)
                            .isEqualTo(DimensionCode.FINANCE);
                });
    }

    @Test
    void closingTwicePublishesOnce(AssertablePublishedEvents events) {
        var agreed = fixtures.priorities(Priority.HIGH);
        assertThat(assessments.close(round, agreed, fixtures.user(mo.admin()).accountId())).isEqualTo(Assessments.Closed.NOW);
        assertThat(assessments.close(round, agreed, fixtures.user(mo.admin()).accountId()))
                .isEqualTo(Assessments.Closed.ALREADY);
        assertThat(events.ofType(AssessmentCompleted.class).matching(event -> event.round().equals(round)))
                .hasSize(1);
    }

    @Test
    void closesSentAtTheSameTimePublishOnce() throws Exception {
        var agreed = fixtures.priorities(Priority.LOW);
        var admin = fixtures.user(mo.admin()).accountId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Assessments.Closed>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return assessments.close(round, agreed, admin);
                }));
            }
            go.countDown();
            List<Assessments.Closed> outcomes = new java.util.ArrayList<>();
            for (Future<Assessments.Closed> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce(Assessments.Closed.NOW);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(recorder.events).filteredOn(event -> event.round().equals(round)).hasSize(1);
    }
}
