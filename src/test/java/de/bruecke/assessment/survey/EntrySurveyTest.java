package de.bruecke.assessment.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Members answer the entry survey on one screen, change it later, and get a message at each wrong answer. */
@IntegrationTest
class EntrySurveyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntrySurveys surveys;

    @Test
    void allQuestionsAreOnOneScreen() throws Exception {
        String page = page(DemoUsers.MO_MEMBER, "");

        assertThat(page).contains("Einstiegsbefragung").contains("Kontakt e.V.")
                .contains("Was möchte Ihre Organisation in den nächsten zwei Jahren erreichen?")
                .contains("Möchte Ihre Organisation bezahlte Mitarbeiterinnen oder Mitarbeiter haben?")
                .contains("Welche Rollen möchte Ihre Organisation übernehmen?")
                .contains("Was möchten Sie zuerst verbessern?")
                .contains("Möchten Sie uns noch etwas sagen?")
                .contains("name=\"answer.GOALS\"").contains("type=\"radio\"");
    }

    @Test
    void emptyRequiredAnswersAreNamedAndTheTextIsKept() throws Exception {
        long before = saves();

        MvcResult result = submit(DemoUsers.MO_MEMBER, save().param("answer.REMARK", "Wir brauchen Räume."));

        String page = body(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("Frage 1: Bitte wählen Sie mindestens eine Antwort.")
                .contains("Frage 2: Bitte wählen Sie eine Antwort.")
                .contains("Frage 4: Bitte wählen Sie eine Antwort.")
                .doesNotContain("Frage 5:")
                .contains(">Wir brauchen Räume.</textarea>");
        assertThat(saves()).isEqualTo(before);
    }

    @Test
    void aForgedOptionAndTwoSingleAnswersAreRefused() throws Exception {
        String page = body(submit(DemoUsers.MO_MEMBER, complete()
                .param("answer.GOALS", "WORLD_DOMINATION")
                .param("answer.FIRST_DIMENSION", "STAFF")));

        assertThat(page).contains("Frage 1: Diese Antwort gibt es nicht.")
                .contains("Frage 4: Bitte wählen Sie nur eine Antwort.")
                .contains("value=\"FUNDING\" checked=\"checked\"");
    }

    @Test
    void tooLongTextIsRefusedWithItsLength() throws Exception {
        String page = body(submit(DemoUsers.MO_MEMBER, complete().param("answer.REMARK", "x".repeat(2001)),
                "en"));

        assertThat(page).contains("Question 5: Please write at most 2000 characters. Now there are 2001.");
    }

    @Test
    void answersAreSavedShownOnTheProfileAndCanBeChanged() throws Exception {
        UUID kontakt = UUID.fromString(DemoUsers.kontaktId(jdbc));
        MvcResult saved = submit(DemoUsers.MO_MEMBER, complete().param("answer.REMARK", "  Danke!  "));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + kontakt + "/entry-survey");

        var latest = surveys.latest(kontakt).orElseThrow();
        assertThat(latest.answers()).containsEntry("GOALS", List.of("FUNDING", "COOPERATION"))
                .containsEntry("PAID_STAFF", List.of("NOT_SURE")).containsEntry("REMARK", List.of("Danke!"));
        assertThat(page(DemoUsers.MO_ADMIN, "")).contains("value=\"NOT_SURE\" checked=\"checked\"")
                .contains("Zuletzt gespeichert am");

        String profile = body(mvc.perform(get("/organisations/" + kontakt)
                .with(user(users.loadUserByUsername(DemoUsers.MO_ADMIN))).header("Accept-Language", "de"))
                .andReturn());
        assertThat(profile).contains("id=\"entry-survey-heading\"").contains("Fördergeld bekommen")
                .contains("Wir sind noch nicht sicher").contains("Danke!");
        for (String outsider : List.of(DemoUsers.COORDINATOR, DemoUsers.FOREIGN_MO_ADMIN, DemoUsers.NETWORK_STAFF)) {
            assertThat(body(mvc.perform(get("/organisations/" + kontakt)
                    .with(user(users.loadUserByUsername(outsider)))).andReturn()))
                    .as(outsider).doesNotContain("entry-survey-heading").doesNotContain("Danke!");
        }

        submit(DemoUsers.MO_ADMIN, save().param("answer.GOALS", "VISIBILITY").param("answer.PAID_STAFF", "YES")
                .param("answer.ROLES", "INFORMATION_BROKER").param("answer.FIRST_DIMENSION", "COMMUNICATION"));
        assertThat(surveys.latest(kontakt).orElseThrow().answers()).containsEntry("PAID_STAFF", List.of("YES"))
                .doesNotContainKey("REMARK");
    }

    @Test
    void onlyMigrantOrganisationsHaveAnEntrySurvey() throws Exception {
        String jobcenter = jdbc.sql("select id::text from organisation where kind = 'INSTITUTION' limit 1")
                .query(String.class).single();
        int status = mvc.perform(get("/organisations/" + jobcenter + "/entry-survey")
                .with(user(users.loadUserByUsername(DemoUsers.INSTITUTION_MEMBER)))).andReturn().getResponse()
                .getStatus();

        assertThat(status).isIn(403, 404);
    }

    private MockHttpServletRequestBuilder save() {
        return post("/organisations/" + DemoUsers.kontaktId(jdbc) + "/entry-survey").param("version", "1");
    }

    private MockHttpServletRequestBuilder complete() {
        return save().param("answer.GOALS", "FUNDING").param("answer.GOALS", "COOPERATION")
                .param("answer.PAID_STAFF", "NOT_SURE").param("answer.ROLES", "COOPERATION_PARTNER")
                .param("answer.FIRST_DIMENSION", "FINANCE");
    }

    private MvcResult submit(String who, MockHttpServletRequestBuilder request) throws Exception {
        return submit(who, request, "de");
    }

    private MvcResult submit(String who, MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(who)))
                .header("Accept-Language", language)).andReturn();
    }

    private String page(String who, String query) throws Exception {
        return body(mvc.perform(get("/organisations/" + DemoUsers.kontaktId(jdbc) + "/entry-survey" + query)
                .with(user(users.loadUserByUsername(who))).header("Accept-Language", "de")).andReturn());
    }

    private long saves() {
        return jdbc.sql("select count(*) from assessment_entry_survey_response").query(Long.class).single();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
