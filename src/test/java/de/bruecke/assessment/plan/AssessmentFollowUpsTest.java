package de.bruecke.assessment.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.round.AssessmentFixtures;
import de.bruecke.assessment.round.Assessments;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.assessment.round.ScoreBackfill;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After closing: the action plan (writing, bad input, two editors), sharing with the network staff of the area, and
 * the anonymous figures of an area, through the web as the people involved would use them.
 */
@IntegrationTest
class AssessmentFollowUpsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    Assessments assessments;

    @Autowired
    Networks networks;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    ScoreBackfill backfill;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = AssessmentFixtures.of(context);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    MockHttpServletRequestBuilder form(String path, String email) {
        return post(path).with(csrf()).with(as(email));
    }

    static boolean picked(String html, String dimension) {
        var matcher = java.util.regex.Pattern.compile("<input[^>]*name=\"pick:" + dimension + "\"[^>]*>").matcher(html);
        assertThat(matcher.find()).as("checkbox of %s", dimension).isTrue();
        return matcher.group().contains(" checked");
    }

    static String inDays(int days) {
        return LocalDate.now(RoundPages.ZONE).plusDays(days).toString();
    }

    /** A network of its own covering the Kreis of the postcode, and a staff account for it. */
    record TestNetwork(Network network, String staff) {
    }

    TestNetwork network(String postcode) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Network network = networks.create("Testnetz " + tag, "", List.of(),
                List.of(gazetteer.place(postcode).orElseThrow().kreisKey()));
        String staff = "netz-" + tag + "@netz.example";
        accounts.createConfirmed(staff, "Netz " + tag, DemoUsers.PASSWORD, Locale.GERMAN,
                List.of(new RoleGrant(Role.NETWORK_STAFF, null, network.id().value())));
        return new TestNetwork(network, staff);
    }

    @Test
    void theAdminWritesThePlanForTheTopNeedsAndMembersReadIt() throws Exception {
        var mo = fixtures.newMo(1);
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "1", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "2", Priority.HIGH);
        assessments.close(round, fixtures.priorities(Priority.HIGH), fixtures.user(mo.admin()).accountId());
        String results = mo.base() + "/" + round + "/results";
        String plan = mo.base() + "/" + round + "/plan";

        mvc.perform(get(results).with(as(mo.admin())))
                .andExpect(content().string(containsString("Es gibt noch keinen Maßnahmenplan.")))
                .andExpect(content().string(containsString("href=\"" + plan + "\"")));
        String form = mvc.perform(get(plan).with(as(mo.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Größter Bedarf Nr. 1.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(picked(form, "GOVERNANCE")).as("top need suggested").isTrue();
        assertThat(picked(form, "FINANCE")).as("top need suggested").isTrue();
        assertThat(picked(form, "PROJECTS")).as("fourth need not suggested").isFalse();

        mvc.perform(form(plan, mo.admin()).param("version", "0")
                        .param("pick:FINANCE", "true").param("goal:FINANCE", "Wir stellen einen Förderantrag.")
                        .param("step:FINANCE", "Beratung beim Netzwerk anfragen").param("responsible:FINANCE", "Kassenwartin")
                        .param("followUp", inDays(365)))
                .andExpect(redirectedUrl(results + "#plan-heading"));
        mvc.perform(get(results).with(as(mo.member(0))))
                .andExpect(content().string(containsString("Wir stellen einen Förderantrag.")))
                .andExpect(content().string(containsString("Beratung beim Netzwerk anfragen")))
                .andExpect(content().string(containsString("Kassenwartin")))
                .andExpect(content().string(containsString("Folgetermin: " + RoundPages.date(
                        LocalDate.now(RoundPages.ZONE).plusDays(365), Locale.GERMAN))))
                .andExpect(content().string(not(containsString("Maßnahmenplan ändern"))))
                .andExpect(content().string(not(containsString("Mit dem Netzwerk teilen"))));
        mvc.perform(get(plan).with(as(mo.member(0)))).andExpect(status().isForbidden());
        mvc.perform(form(plan, mo.member(0)).param("version", "1")).andExpect(status().isForbidden());
    }

    @Test
    void badPlanInputIsExplainedAtTheFieldAndNothingTypedIsLost() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.closedRound(mo, "2", Priority.MEDIUM);
        String plan = mo.base() + "/" + round + "/plan";
        String huge = "x".repeat(20_000);
        mvc.perform(form(plan, mo.admin()).param("version", "0")
                        .param("pick:FINANCE", "true").param("goal:FINANCE", huge).param("step:FINANCE", "")
                        .param("goal:STAFF", "Ehrenamtliche finden").param("followUp", inDays(-1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte prüfen Sie Ihre Angaben.")))
                .andExpect(content().string(containsString("Bitte höchstens 500 Zeichen. Jetzt sind es 20.000.")))
                .andExpect(content().string(containsString(huge)))
                .andExpect(content().string(containsString("Bitte schreiben Sie einen nächsten Schritt.")))
                .andExpect(content().string(containsString("Sie haben hier etwas geschrieben, aber den Bereich nicht ausgewählt.")))
                .andExpect(content().string(containsString("Ehrenamtliche finden")))
                .andExpect(content().string(containsString("Der Folgetermin muss in der Zukunft liegen.")))
                .andExpect(content().string(containsString("value=\"" + inDays(-1) + "\"")));
        mvc.perform(form(plan, mo.admin()).param("version", "0").param("followUp", inDays(4 * 365)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens einen Bereich.")))
                .andExpect(content().string(containsString("höchstens 3 Jahre in der Zukunft")));
        mvc.perform(form(plan, mo.admin()).param("version", "0").param("pick:FINANCE", "true")
                        .param("goal:FINANCE", "Ziel").param("step:FINANCE", "Schritt").param("followUp", "31.02.2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie das Datum so an: 31.03.2027.")));
        assertThat(jdbc.sql("select count(*) from assessment_action_plan where round_id = :r")
                .param("r", round.value()).query(Long.class).single()).isZero();

        var other = fixtures.newMo(0);
        RoundId foreign = fixtures.closedRound(other, "2", Priority.MEDIUM);
        mvc.perform(get(mo.base() + "/" + foreign + "/plan").with(as(mo.admin()))).andExpect(status().isNotFound());
        mvc.perform(form(mo.base() + "/" + foreign + "/plan", mo.admin()).param("version", "0"))
                .andExpect(status().isNotFound());
        RoundId open = fixtures.start(mo);
        mvc.perform(get(mo.base() + "/" + open + "/plan").with(as(mo.admin()))).andExpect(status().isNotFound());
    }

    @Test
    void aSecondEditorOnAnOldVersionSeesBothAndLosesNothing() throws Exception {
        var mo = fixtures.newMo(0);
        String secondAdmin = "zweiter-vorstand-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(secondAdmin, "Zweite Vorständin", DemoUsers.PASSWORD, Locale.GERMAN,
                List.of(new RoleGrant(Role.MO_ADMIN, mo.organisation().id().value(), null)));
        RoundId round = fixtures.closedRound(mo, "1", Priority.HIGH);
        String plan = mo.base() + "/" + round + "/plan";
        mvc.perform(form(plan, mo.admin()).param("version", "0").param("pick:FINANCE", "true")
                .param("goal:FINANCE", "Erste Fassung").param("step:FINANCE", "Anfangen").param("followUp", inDays(200)));
        mvc.perform(form(plan, secondAdmin).param("version", "1").param("pick:FINANCE", "true")
                .param("goal:FINANCE", "Fassung der Zweiten").param("step:FINANCE", "Weitermachen")
                .param("followUp", inDays(210))).andExpect(status().is3xxRedirection());

        mvc.perform(form(plan, mo.admin()).param("version", "1").param("pick:FINANCE", "true")
                        .param("goal:FINANCE", "Meine späte Änderung").param("step:FINANCE", "Anfangen")
                        .param("followUp", inDays(200)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat den Plan gerade gespeichert")))
                .andExpect(content().string(containsString("Zweite Vorständin")))
                .andExpect(content().string(containsString("Ziel: Fassung der Zweiten")))
                .andExpect(content().string(containsString("Meine späte Änderung")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        mvc.perform(form(plan, mo.admin()).param("version", "kaputt").param("pick:FINANCE", "true")
                        .param("goal:FINANCE", "Gefälschte Fassung").param("step:FINANCE", "Anfangen")
                        .param("followUp", inDays(200)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat den Plan gerade gespeichert")));
        mvc.perform(form(plan, mo.admin()).param("version", "2").param("pick:FINANCE", "true")
                        .param("goal:FINANCE", "Meine späte Änderung").param("step:FINANCE", "Anfangen")
                        .param("followUp", inDays(200)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select goal from assessment_action where round_id = :r").param("r", round.value())
                .query(String.class).single()).isEqualTo("Meine späte Änderung");
    }

    @Test
    void sharedResultsAreReadByTheNetworkOfTheAreaOnlyAndNeverShowWhoAnsweredWhat() throws Exception {
        TestNetwork kiel = network("24103");
        var mo = fixtures.newMo(1, "24103");
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "1", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "4", Priority.LOW);
        assessments.close(round, fixtures.priorities(Priority.HIGH), fixtures.user(mo.admin()).accountId());
        String results = mo.base() + "/" + round + "/results";
        String sharing = mo.base() + "/" + round + "/sharing";
        String memberName = fixtures.user(mo.member(0)).displayName();

        mvc.perform(get(results).with(as(kiel.staff()))).andExpect(status().isForbidden());
        mvc.perform(get(results + ".pdf").with(as(kiel.staff()))).andExpect(status().isForbidden());
        mvc.perform(get(results).with(as(mo.admin())))
                .andExpect(content().string(containsString("Nicht geteilt. Nur Ihre Organisation sieht die Ergebnisse.")));

        mvc.perform(form(sharing, mo.admin()).param("share", "true"))
                .andExpect(redirectedUrl(results + "#sharing-heading"));
        mvc.perform(form(sharing, mo.admin()).param("share", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from assessment_sharing_change where round_id = :r and shared")
                .param("r", round.value()).query(Long.class).single()).as("a duplicate share is not a second one")
                .isEqualTo(1);
        mvc.perform(get(results).with(as(mo.admin())))
                .andExpect(content().string(containsString("Geteilt seit")))
                .andExpect(content().string(containsString("Teilen zurücknehmen")));

        mvc.perform(get(results).with(as(kiel.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hat diese Ergebnisse am")))
                .andExpect(content().string(containsString("Finanzen und Fördermittel")))
                .andExpect(content().string(not(containsString(memberName))))
                .andExpect(content().string(not(containsString(mo.member(0)))))
                .andExpect(content().string(not(containsString("Mit dem Netzwerk teilen"))))
                .andExpect(content().string(not(containsString("href=\"" + mo.base() + "\""))));
        mvc.perform(get(results).with(as(mo.member(0))))
                .andExpect(content().string(not(containsString(memberName))));
        mvc.perform(get(mo.base()).with(as(kiel.staff()))).andExpect(status().isForbidden());
        mvc.perform(get(mo.base() + "/" + round + "/answers/finance").with(as(kiel.staff())))
                .andExpect(status().isForbidden());
        mvc.perform(get(results).with(as(DemoUsers.NETWORK_STAFF))).andExpect(status().isForbidden());
        mvc.perform(get(results).with(as(DemoUsers.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(form(sharing, kiel.staff()).param("share", "false")).andExpect(status().isForbidden());

        var other = fixtures.newMo(0, "24103");
        RoundId foreign = fixtures.closedRound(other, "2", Priority.LOW);
        mvc.perform(form(mo.base() + "/" + foreign + "/sharing", mo.admin()).param("share", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(form(other.base() + "/" + foreign + "/sharing", mo.admin()).param("share", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(form(sharing, mo.admin()).param("share", "vielleicht")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select shared_with_network_at is null from assessment_round where id = :r")
                .param("r", foreign.value()).query(Boolean.class).single()).isTrue();

        mvc.perform(form(sharing, mo.admin()).param("share", "false"))
                .andExpect(redirectedUrl(results + "#sharing-heading"));
        mvc.perform(get(results).with(as(kiel.staff()))).andExpect(status().isForbidden());
        mvc.perform(get(results).with(as(mo.admin())))
                .andExpect(content().string(containsString("Das Teilen wurde am")));
        assertThat(jdbc.sql("select count(*) from assessment_sharing_change where round_id = :r")
                .param("r", round.value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void areaFiguresComeFromTheLatestRoundOfEachMoAndHideSmallNumbers() throws Exception {
        TestNetwork passau = network("94032");
        String area = "/networks/" + passau.network().id().value() + "/assessments";
        var first = fixtures.newMo(0, "94032");
        fixtures.closedRound(first, "4", Priority.LOW);
        fixtures.closedRound(first, "1", Priority.HIGH);
        var second = fixtures.newMo(0, "94032");
        RoundId secondRound = fixtures.closedRound(second, "1", Priority.HIGH);

        mvc.perform(get(area).with(as(passau.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Davon mit abgeschlossener Bedarfsermittlung: 2. Abgeschlossene Runden: 3.")))
                .andExpect(content().string(containsString("Weniger als 3 Organisationen. Zum Schutz nicht gezeigt.")))
                .andExpect(content().string(not(containsString("Stufe 1: 2"))))
                .andExpect(content().string(not(containsString(first.organisation().name()))))
                .andExpect(content().string(containsString("Noch keine Organisation hat Ergebnisse mit Ihrem Netzwerk geteilt.")));

        var third = fixtures.newMo(0, "94032");
        fixtures.closedRound(third, "3", Priority.MEDIUM);
        mvc.perform(form(second.base() + "/" + secondRound + "/sharing", second.admin()).param("share", "true"));
        mvc.perform(get(area).with(as(passau.staff())))
                .andExpect(content().string(containsString("Davon mit abgeschlossener Bedarfsermittlung: 3. Abgeschlossene Runden: 4.")))
                .andExpect(content().string(not(containsString("Zum Schutz nicht gezeigt"))))
                // two MOs at level 1 with HIGH priority (need 100), one at level 3 with MEDIUM (need 25): mean 75
                .andExpect(content().string(containsString("75,00")))
                .andExpect(content().string(containsString("1,67")))
                .andExpect(content().string(containsString("Stufe 1: 2")))
                .andExpect(content().string(containsString("Stufe 3: 1")))
                .andExpect(content().string(not(containsString(first.organisation().name()))))
                .andExpect(content().string(not(containsString(third.organisation().name()))))
                .andExpect(content().string(containsString(second.organisation().name())))
                .andExpect(content().string(containsString(second.base() + "/" + secondRound + "/results")));
        mvc.perform(get(area).with(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("75,00")))
                .andExpect(content().string(not(containsString(second.organisation().name()))));
        mvc.perform(get(area).with(as(DemoUsers.NETWORK_STAFF))).andExpect(status().isForbidden());
        mvc.perform(get(area).with(as(second.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/assessments").with(as(passau.staff()))).andExpect(redirectedUrl(area));
        mvc.perform(get("/networks/assessments").with(as(DemoUsers.COORDINATOR)))
                .andExpect(content().string(containsString(passau.network().name())));
        mvc.perform(get("/networks/" + UUID.randomUUID() + "/assessments").with(as(DemoUsers.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void roundsClosedBeforeScoresWereStoredAreFilledInAtStart() {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.closedRound(mo, "2", Priority.HIGH);
        jdbc.sql("delete from assessment_dimension_score where round_id = :r").param("r", round.value()).update();
        backfill.run(null);
        assertThat(jdbc.sql("""
                select mean_level::text || ' ' || need_score::text from assessment_dimension_score
                where round_id = :r and dimension = 'FINANCE'""").param("r", round.value()).query(String.class)
                .single()).isEqualTo("2.00 66.67");
    }

    @Test
    void adminsAreRemindedOnceBeforeTheFollowUpDateInTheirLanguage(@Autowired FollowUpReminders reminders)
            throws Exception {
        var mo = fixtures.newMo(1);
        String turkishAdmin = "tr-vorstand-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(turkishAdmin, "Ayşe Yönetim", DemoUsers.PASSWORD, Locale.forLanguageTag("tr"),
                List.of(new RoleGrant(Role.MO_ADMIN, mo.organisation().id().value(), null)));
        RoundId round = fixtures.closedRound(mo, "2", Priority.HIGH);
        String followUp = inDays(40);
        mvc.perform(form(mo.base() + "/" + round + "/plan", mo.admin()).param("version", "0")
                .param("pick:FINANCE", "true").param("goal:FINANCE", "Ziel").param("step:FINANCE", "Schritt")
                .param("followUp", followUp)).andExpect(status().is3xxRedirection());
        LocalDate today = LocalDate.now(RoundPages.ZONE);
        Outbox outbox = new Outbox(jdbc);
        String resultsReady = "Bedarfsermittlung bei " + mo.organisation().name() + ": Die Ergebnisse sind da";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> outbox.subjectsTo(mo.admin()).contains(resultsReady));

        reminders.sendDue(today.plusDays(25));
        assertThat(outbox.countTo(mo.admin())).as("15 days before: not yet (only the results-ready mail)").isEqualTo(1);
        reminders.sendDue(today.plusDays(26));
        reminders.sendDue(today.plusDays(27));
        assertThat(outbox.subjectsTo(mo.admin())).containsExactly(resultsReady,
                "Folgetermin Ihrer Bedarfsermittlung: " + mo.organisation().name());
        assertThat(outbox.lastTextTo(mo.admin())).contains(mo.base() + "\n").contains("Neue Runde beginnen");
        assertThat(outbox.subjectsTo(turkishAdmin)).containsExactly(
                "İhtiyaç belirlemenizin takip tarihi: " + mo.organisation().name());
        assertThat(outbox.countTo(mo.member(0))).isZero();

        mvc.perform(form(mo.base() + "/" + round + "/plan", mo.admin()).param("version", "1")
                .param("pick:FINANCE", "true").param("goal:FINANCE", "Ziel").param("step:FINANCE", "Schritt")
                .param("followUp", inDays(60))).andExpect(status().is3xxRedirection());
        reminders.sendDue(today.plusDays(46));
        assertThat(outbox.countTo(mo.admin())).as("a moved date is reminded again").isEqualTo(3);

        mvc.perform(form(mo.base() + "/" + round + "/plan", mo.admin()).param("version", "2")
                .param("pick:FINANCE", "true").param("goal:FINANCE", "Ziel").param("step:FINANCE", "Schritt")
                .param("followUp", inDays(90))).andExpect(status().is3xxRedirection());
        fixtures.start(mo);
        reminders.sendDue(today.plusDays(80));
        assertThat(outbox.countTo(mo.admin())).as("no reminder once a new round started").isEqualTo(3);
    }
}
