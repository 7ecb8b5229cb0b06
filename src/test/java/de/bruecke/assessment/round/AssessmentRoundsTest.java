package de.bruecke.assessment.round;

import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Item;
import de.bruecke.assessment.questionnaire.Questionnaires;
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

/** Starting, inviting, answering and closing rounds through the web, as MO admins and members would. */
@IntegrationTest
class AssessmentRoundsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Assessments assessments;

    @Autowired
    Questionnaires questionnaires;

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

    @Test
    void theAdminStartsARoundAndAnswersToo() throws Exception {
        var mo = fixtures.newMo(1);
        var started = mvc.perform(form(mo.base(), mo.admin())).andExpect(status().is3xxRedirection()).andReturn();
        String round = jdbc.sql("select id::text from assessment_round where organisation_id = :o and status = 'OPEN'")
                .param("o", mo.organisation().id().value()).query(String.class).single();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo(mo.base() + "/" + round + "/respondents");

        mvc.perform(get(mo.base()).with(as(mo.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 von 8 Bereichen fertig")))
                .andExpect(content().string(containsString("Fragen beantworten")))
                .andExpect(content().string(containsString("Vorstand")));
    }

    @Test
    void onlyOneRoundIsOpenAtATime() throws Exception {
        var mo = fixtures.newMo(0);
        mvc.perform(form(mo.base(), mo.admin())).andExpect(status().is3xxRedirection());
        mvc.perform(form(mo.base(), mo.admin())).andExpect(redirectedUrl(mo.base()));
        assertThat(jdbc.sql("select count(*) from assessment_round where organisation_id = :o")
                .param("o", mo.organisation().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invitedMembersGetAMailAndNobodyElseMayAnswer() throws Exception {
        var mo = fixtures.newMo(2);
        RoundId round = fixtures.start(mo);
        String invitee = fixtures.user(mo.member(0)).accountId().toString();
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()).param("members", invitee).param("email", ""))
                .andExpect(redirectedUrl(mo.base()));
        Outbox outbox = new Outbox(jdbc);
        assertThat(outbox.subjectsTo(mo.member(0))).containsExactly(
                "Bedarfsermittlung bei " + mo.organisation().name() + ": Ihre Meinung ist gefragt");
        assertThat(outbox.lastTextTo(mo.member(0))).contains(mo.base() + "/" + round + "/answers");

        mvc.perform(get(mo.base() + "/" + round + "/answers").with(as(mo.member(0))))
                .andExpect(redirectedUrl(mo.base() + "/" + round + "/answers/governance"));
        mvc.perform(get(mo.base() + "/" + round + "/answers/governance").with(as(mo.member(1))))
                .andExpect(status().isForbidden());
        mvc.perform(get(mo.base()).with(as(mo.member(1))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sie sind zu dieser Runde nicht eingeladen")))
                .andExpect(content().string(not(containsString(mo.member(0)))));
    }

    @Test
    void invitingSomeoneWhoIsNoMemberIsRefusedAtTheField() throws Exception {
        var mo = fixtures.newMo(0);
        var other = fixtures.newMo(1);
        RoundId round = fixtures.start(mo);
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin())
                        .param("members", fixtures.user(other.member(0)).accountId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diese Person ist kein Mitglied Ihrer Organisation.")));
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()).param("members", "not-a-uuid"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diese Person ist kein Mitglied Ihrer Organisation.")));
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()).param("email", "kein-at-zeichen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gültige E-Mail-Adresse")))
                .andExpect(content().string(containsString("value=\"kein-at-zeichen\"")));
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens ein Mitglied aus")));
        assertThat(jdbc.sql("select count(*) from assessment_respondent where round_id = :r")
                .param("r", round.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvitationForAForeignOrganisationIsRefused() throws Exception {
        var mine = fixtures.newMo(0);
        var foreign = fixtures.newMo(1);
        RoundId foreignRound = fixtures.start(foreign);
        String member = fixtures.user(foreign.member(0)).accountId().toString();
        mvc.perform(form(foreign.base() + "/" + foreignRound + "/respondents", mine.admin()).param("members", member))
                .andExpect(status().isForbidden());
        mvc.perform(form(mine.base() + "/" + foreignRound + "/respondents", mine.admin()).param("members", member))
                .andExpect(status().isNotFound());
        mvc.perform(form(foreign.base(), mine.admin())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from assessment_respondent where round_id = :r")
                .param("r", foreignRound.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void someoneInvitedByMailJoinsTheOrganisationAndThenAnswers() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        String newcomer = "neu-" + UUID.randomUUID() + "@verein.example";
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()).param("email", newcomer))
                .andExpect(redirectedUrl(mo.base()));
        Outbox outbox = new Outbox(jdbc);
        assertThat(outbox.lastTextTo(newcomer)).contains("Bedarfsermittlung");
        String link = outbox.lastLinkTo(newcomer);
        mvc.perform(get(mo.base()).with(as(mo.admin())))
                .andExpect(content().string(containsString(newcomer)))
                .andExpect(content().string(containsString("Per E-Mail eingeladen")));

        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("name", "Neu Dabei")
                        .param("password", "ein langes neues Passwort"))
                .andExpect(redirectedUrl("/login?joined"));
        mvc.perform(get(mo.base() + "/" + round + "/answers").with(as(newcomer)))
                .andExpect(redirectedUrl(mo.base() + "/" + round + "/answers/governance"));
        mvc.perform(get(mo.base()).with(as(mo.admin())))
                .andExpect(content().string(containsString("Neu Dabei")))
                .andExpect(content().string(not(containsString(newcomer))));
    }

    @Test
    void theScreenShowsLevelsDontKnowNotApplicableAndThePriority() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        mvc.perform(get(mo.base() + "/" + round + "/answers/finance").with(as(mo.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bereich 3 von 8")))
                .andExpect(content().string(containsString("Wenn Sie zwischen zwei Stufen schwanken, wählen Sie die niedrigere.")))
                .andExpect(content().string(containsString("Stufe 4:")))
                .andExpect(content().string(containsString("Weiß ich nicht")))
                .andExpect(content().string(containsString("Trifft auf uns nicht zu")))
                .andExpect(content().string(containsString("Sehr wichtig")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("hx-trigger=\"change\"")));
        mvc.perform(get(mo.base() + "/" + round + "/answers/finance?lang=tr").with(as(mo.admin())))
                .andExpect(content().string(containsString("(yalnızca Almanca)")))
                .andExpect(content().string(containsString("lang=\"de\"")));
        mvc.perform(get(mo.base() + "/" + round + "/answers/unknown").with(as(mo.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void savingAScreenWithoutJavaScriptGoesOnAndTheRespondentResumesWhereTheyStopped() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        String screen = mo.base() + "/" + round + "/answers/governance";
        var request = form(screen, mo.admin()).param("priority", "HIGH").param("priorityWas", "").param("go", "next");
        for (Item item : questionnaires.current().dimension(DimensionCode.GOVERNANCE).items()) {
            request.param("answer:" + item.code(), "2").param("was:" + item.code(), "");
        }
        mvc.perform(request).andExpect(redirectedUrl(mo.base() + "/" + round + "/answers/staff"));
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.STATUTES")).contains("2");

        mvc.perform(get(mo.base() + "/" + round + "/answers").with(as(mo.admin())))
                .andExpect(redirectedUrl(mo.base() + "/" + round + "/answers/staff"));
        mvc.perform(get(mo.base()).with(as(mo.admin())))
                .andExpect(content().string(containsString("1 von 8 Bereichen fertig")))
                .andExpect(content().string(containsString("Weiter beantworten")));
        mvc.perform(get(screen).with(as(mo.admin())))
                .andExpect(content().string(containsString("value=\"HIGH\" checked")));
    }

    @Test
    void anHtmxChangeSavesOnlyThatItemAndUpdatesWhatThePageKnows() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        String screen = mo.base() + "/" + round + "/answers/governance";
        mvc.perform(form(screen, mo.admin()).header("HX-Request", "true").param("part", "GOVERNANCE.BOARD")
                        .param("answer:GOVERNANCE.BOARD", "3").param("was:GOVERNANCE.BOARD", "")
                        .param("answer:GOVERNANCE.STATUTES", "1").param("was:GOVERNANCE.STATUTES", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Antwort auf Frage 2 gespeichert.")))
                .andExpect(content().string(containsString("id=\"was-governance-board\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.BOARD")).contains("3");
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.STATUTES")).isEmpty();

        mvc.perform(form(screen, mo.admin()).header("HX-Request", "true").param("part", "priority")
                        .param("priority", "LOW").param("priorityWas", ""))
                .andExpect(content().string(containsString("Priorität gespeichert.")));
        assertThat(jdbc.sql("""
                select p.priority from assessment_proposed_priority p join assessment_respondent r on r.id = p.respondent_id
                where r.round_id = :r and p.dimension = 'GOVERNANCE'""").param("r", round.value())
                .query(String.class).single()).isEqualTo("LOW");
    }

    @Test
    void twoTabsDoNotOverwriteEachOthersLaterAnswers() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        String screen = mo.base() + "/" + round + "/answers/governance";
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.STATUTES", "1").param("was:GOVERNANCE.STATUTES", ""))
                .andExpect(status().is3xxRedirection());
        // Tab A shows STATUTES = 1. Tab B changes it to 3 meanwhile.
        mvc.perform(form(screen, mo.admin()).header("HX-Request", "true").param("part", "GOVERNANCE.STATUTES")
                .param("answer:GOVERNANCE.STATUTES", "3").param("was:GOVERNANCE.STATUTES", "1"));
        // Tab A, still showing 1, answers another item and saves the whole screen: its stale 1 must not win.
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.STATUTES", "1").param("was:GOVERNANCE.STATUTES", "1")
                        .param("answer:GOVERNANCE.BOARD", "2").param("was:GOVERNANCE.BOARD", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.STATUTES")).contains("3");
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.BOARD")).contains("2");
        // Tab A now really changes STATUTES: the later change wins.
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.STATUTES", "DONT_KNOW")
                .param("was:GOVERNANCE.STATUTES", "1"));
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.STATUTES")).contains("DONT_KNOW");
        assertThat(jdbc.sql("""
                select a.revision from assessment_answer a join assessment_respondent r on r.id = a.respondent_id
                where r.round_id = :r and a.item_code = 'GOVERNANCE.STATUTES'""").param("r", round.value())
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void forgedInputIsRefusedAndNothingIsSaved() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        String screen = mo.base() + "/" + round + "/answers/governance";
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.INVENTED", "2")
                        .param("answer:GOVERNANCE.BOARD", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(screen, mo.admin()).param("answer:FINANCE.BOOKKEEPING", "2")
                        .param("answer:GOVERNANCE.BOARD", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.STATUTES", "5")
                        .param("answer:GOVERNANCE.BOARD", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.STATUTES", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(screen, mo.admin()).param("priority", "URGENT"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(screen, mo.admin()).header("HX-Request", "true").param("part", "GOVERNANCE.NOPE")
                        .param("answer:GOVERNANCE.BOARD", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(form(mo.base() + "/not-a-round/answers/governance", mo.admin()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("""
                select count(*) from assessment_answer a join assessment_respondent r on r.id = a.respondent_id
                where r.round_id = :r""").param("r", round.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from assessment_proposed_priority a join assessment_respondent r on r.id = a.respondent_id
                where r.round_id = :r""").param("r", round.value()).query(Long.class).single()).isZero();
    }

    @Test
    void theRoundOfAnotherOrganisationIsNotFoundUnderOnesOwn() throws Exception {
        var mine = fixtures.newMo(0);
        var other = fixtures.newMo(0);
        RoundId theirs = fixtures.start(other);
        mvc.perform(get(mine.base() + "/" + theirs + "/answers/governance").with(as(mine.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(form(mine.base() + "/" + theirs + "/answers/governance", mine.admin())
                        .param("answer:GOVERNANCE.BOARD", "2"))
                .andExpect(status().isNotFound());
        mvc.perform(get(other.base() + "/" + theirs + "/answers/governance").with(as(mine.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(form(mine.base() + "/" + theirs + "/close", mine.admin())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from assessment_round where id = :r").param("r", theirs.value())
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void closingNeedsACompleteResponseAndWarnsWhenThereIsOnlyOne() throws Exception {
        var mo = fixtures.newMo(1);
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        String close = mo.base() + "/" + round + "/close";
        mvc.perform(get(close).with(as(mo.admin())))
                .andExpect(content().string(containsString("Noch niemand hat alle Fragen beantwortet")))
                .andExpect(content().string(not(containsString("name=\"priority:GOVERNANCE\""))));
        mvc.perform(form(close, mo.admin()).param("priority:GOVERNANCE", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noch niemand hat alle Fragen beantwortet")));

        fixtures.answerAll(round, mo.member(0), "2", Priority.HIGH);
        var request = form(close, mo.admin());
        fixtures.priorities(Priority.MEDIUM).forEach((code, p) -> request.param("priority:" + code, p));
        mvc.perform(get(close).with(as(mo.admin())))
                .andExpect(content().string(containsString("Ergebnisse einer Person sind keine gemeinsame Sicht — trotzdem abschließen?")))
                .andExpect(content().string(containsString("1 × Sehr wichtig")))
                .andExpect(content().string(containsString("value=\"HIGH\" checked")));
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte bestätigen Sie")));
        var missing = form(close, mo.admin()).param("confirmOne", "true").param("priority:GOVERNANCE", "HIGH");
        mvc.perform(missing).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie eine Priorität.")));
        assertThat(jdbc.sql("select status from assessment_round where id = :r").param("r", round.value())
                .query(String.class).single()).isEqualTo("OPEN");

        request.param("confirmOne", "true");
        mvc.perform(request).andExpect(redirectedUrl(mo.base() + "/" + round + "/results"));
        var closedAt = jdbc.sql("select closed_at::text from assessment_round where id = :r").param("r", round.value())
                .query(String.class).single();
        mvc.perform(request).andExpect(redirectedUrl(mo.base() + "/" + round + "/results"));
        assertThat(jdbc.sql("select closed_at::text from assessment_round where id = :r").param("r", round.value())
                .query(String.class).single()).isEqualTo(closedAt);
    }

    @Test
    void answeringAClosedRoundIsRefused() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId round = fixtures.start(mo);
        fixtures.answerAll(round, mo.admin(), "3", Priority.LOW);
        assessments.close(round, fixtures.priorities(Priority.LOW), fixtures.user(mo.admin()).accountId());
        String screen = mo.base() + "/" + round + "/answers/governance";
        mvc.perform(form(screen, mo.admin()).param("answer:GOVERNANCE.BOARD", "1").param("was:GOVERNANCE.BOARD", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Diese Runde ist abgeschlossen")));
        mvc.perform(form(screen, mo.admin()).header("HX-Request", "true").param("part", "GOVERNANCE.BOARD")
                        .param("answer:GOVERNANCE.BOARD", "1").param("was:GOVERNANCE.BOARD", "3"))
                .andExpect(content().string(containsString("Ihre Antwort wurde nicht gespeichert.")));
        assertThat(fixtures.storedAnswer(round, mo.admin(), "GOVERNANCE.BOARD")).contains("3");
        mvc.perform(get(screen).with(as(mo.admin())))
                .andExpect(redirectedUrl(mo.base() + "/" + round + "/results"));
        mvc.perform(form(mo.base() + "/" + round + "/respondents", mo.admin()).param("email", "spaet@verein.example"))
                .andExpect(status().isConflict());
    }

    @Test
    void resultsShowTheSharedViewToEveryMemberButNeverAnIndividualAnswer() throws Exception {
        var mo = fixtures.newMo(2);
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "1", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "3", Priority.LOW);
        String results = mo.base() + "/" + round + "/results";
        mvc.perform(get(results).with(as(mo.admin()))).andExpect(status().isNotFound());
        assessments.close(round, fixtures.priorities(Priority.HIGH), fixtures.user(mo.admin()).accountId());

        mvc.perform(get(results).with(as(mo.member(1))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<title id=\"radar-title\">Reifegrad je Bereich</title>")))
                .andExpect(content().string(containsString("Verein und Satzung: 2,00.")))
                .andExpect(content().string(containsString("Ihre Sichtweisen unterscheiden sich — sprechen Sie darüber")))
                .andExpect(content().string(containsString("66,67")))
                .andExpect(content().string(containsString("Ihre größten Bedarfe")))
                .andExpect(content().string(containsString("Dies ist Ihre erste abgeschlossene Runde.")));
    }

    @Test
    void aLaterRoundShowsProgressSinceThePreviousOne() throws Exception {
        var mo = fixtures.newMo(0);
        RoundId first = fixtures.start(mo);
        fixtures.answerAll(first, mo.admin(), "1", Priority.HIGH);
        assessments.close(first, fixtures.priorities(Priority.HIGH), fixtures.user(mo.admin()).accountId());
        jdbc.sql("update assessment_round set started_at = started_at - interval '1 year', closed_at = closed_at - interval '1 year' where id = :r")
                .param("r", first.value()).update();
        RoundId second = fixtures.start(mo);
        fixtures.answerAll(second, mo.admin(), "3", Priority.MEDIUM);
        assessments.close(second, fixtures.priorities(Priority.MEDIUM), fixtures.user(mo.admin()).accountId());

        mvc.perform(get(mo.base() + "/" + second + "/results").with(as(mo.admin())))
                .andExpect(content().string(containsString("Veränderung seit der Runde vom")))
                .andExpect(content().string(containsString("Verbessert")))
                .andExpect(content().string(containsString("+2,00")))
                .andExpect(content().string(containsString("class=\"radar-previous\"")));
        mvc.perform(get(mo.base() + "/" + first + "/results").with(as(mo.admin())))
                .andExpect(content().string(containsString("Dies ist Ihre erste abgeschlossene Runde.")));
        mvc.perform(get(mo.base()).with(as(mo.admin())))
                .andExpect(content().string(containsString("Neue Runde beginnen")));
    }

    @Test
    void networkStaffCoordinatorsAndAdministratorsSeeNothing() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        for (String outsider : new String[] { DemoUsers.NETWORK_STAFF, DemoUsers.COORDINATOR, DemoUsers.ADMIN,
                DemoUsers.FOREIGN_MO_ADMIN, DemoUsers.INSTITUTION_MEMBER }) {
            mvc.perform(get("/organisations/" + kontakt + "/assessments").with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        String dialog = jdbc.sql("select id::text from organisation where name = 'Club Dialog e.V.'")
                .query(String.class).single();
        mvc.perform(get("/organisations/" + dialog + "/assessments").with(as(DemoUsers.NETWORK_STAFF)))
                .andExpect(status().isForbidden());
    }
}
