package de.bruecke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route × every role, plus an MO admin of a foreign organisation: each gets exactly what it may. A route added
 * without a row here fails {@link #everyRouteIsInTheMatrix()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    enum Who {
        VISITOR(null), MO_MEMBER(DemoUsers.MO_MEMBER), MO_ADMIN(DemoUsers.MO_ADMIN),
        FOREIGN_MO_ADMIN(DemoUsers.FOREIGN_MO_ADMIN), INSTITUTION(DemoUsers.INSTITUTION_MEMBER),
        EXPERT(DemoUsers.EXPERT), NETWORK_STAFF(DemoUsers.NETWORK_STAFF), COORDINATOR(DemoUsers.COORDINATOR),
        ADMIN(DemoUsers.ADMIN);

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    enum Outcome {
        /** Anything but a denial: 2xx, 3xx to a page other than the login, 400 or 404 for made-up IDs. */
        ALLOWED,
        /** Visitors are sent to the login page. */
        SIGN_IN,
        /** 403. */
        FORBIDDEN
    }

    record Route(HttpMethod method, String pattern, String path, Set<Who> allowed) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final Set<Who> EVERYONE = Set.of(Who.values());
    private static final Set<Who> SIGNED_IN = Set.of(Who.MO_MEMBER, Who.MO_ADMIN, Who.FOREIGN_MO_ADMIN,
            Who.INSTITUTION, Who.EXPERT, Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN);
    private static final Set<Who> ADMIN_ONLY = Set.of(Who.ADMIN);
    private static final Set<Who> KONTAKT_ADMINS = Set.of(Who.MO_ADMIN, Who.ADMIN);
    private static final Set<Who> KONTAKT_EDITORS = Set.of(Who.MO_MEMBER, Who.MO_ADMIN, Who.COORDINATOR, Who.ADMIN);

    List<Route> routes() {
        String kontakt = DemoUsers.kontaktId(jdbc);
        String someone = UUID.randomUUID().toString();
        String missing = UUID.randomUUID().toString();
        List<Route> routes = new ArrayList<>();
        for (String page : List.of("/", "/imprint", "/privacy", "/accessibility", "/plain-language", "/sources",
                "/login", "/register", "/register/sent", "/register/confirm", "/password/forgot", "/password/reset",
                "/invitations/accept", "/account/email/confirm")) {
            routes.add(new Route(HttpMethod.GET, page, page, EVERYONE));
        }
        for (String form : List.of("/register", "/register/resend", "/password/forgot", "/password/reset",
                "/invitations/accept", "/logout")) {
            routes.add(new Route(HttpMethod.POST, form, form, EVERYONE));
        }
        routes.add(new Route(HttpMethod.GET, "/account", "/account", SIGNED_IN));
        routes.add(new Route(HttpMethod.POST, "/account/password", "/account/password", SIGNED_IN));
        routes.add(new Route(HttpMethod.POST, "/account/email", "/account/email", SIGNED_IN));
        routes.add(new Route(HttpMethod.GET, "/organisations/mine", "/organisations/mine", SIGNED_IN));
        routes.add(new Route(HttpMethod.GET, "/organisations/{organisation}/members",
                "/organisations/" + kontakt + "/members", KONTAKT_ADMINS));
        routes.add(new Route(HttpMethod.POST, "/organisations/{organisation}/invitations",
                "/organisations/" + kontakt + "/invitations", KONTAKT_ADMINS));
        routes.add(new Route(HttpMethod.POST, "/organisations/{organisation}/invitations/{invitation}/revoke",
                "/organisations/" + kontakt + "/invitations/" + missing + "/revoke", KONTAKT_ADMINS));
        String dialog = jdbc.sql("select id::text from organisation where name = 'Club Dialog e.V.'")
                .query(String.class).single();
        String profile = "/organisations/{id:[0-9a-fA-F-]{36}}";
        routes.add(new Route(HttpMethod.GET, "/organisations", "/organisations", EVERYONE));
        routes.add(new Route(HttpMethod.GET, profile, "/organisations/" + kontakt, EVERYONE));
        routes.add(new Route(HttpMethod.GET, "/organisations/map", "/organisations/map?q=Beratung", EVERYONE));
        routes.add(new Route(HttpMethod.GET, "/organisations/export.csv", "/organisations/export.csv?kind=MO",
                EVERYONE));
        routes.add(new Route(HttpMethod.GET, "/organisations/export.xlsx", "/organisations/export.xlsx?kind=MO",
                EVERYONE));
        routes.add(new Route(HttpMethod.POST, profile + "/edit/{step}/check",
                "/organisations/" + kontakt + "/edit/basics/check?field=website", KONTAKT_EDITORS));
        routes.add(new Route(HttpMethod.GET, profile + "/history", "/organisations/" + kontakt + "/history",
                KONTAKT_EDITORS));
        routes.add(new Route(HttpMethod.GET, profile + "/edit", "/organisations/" + kontakt + "/edit", KONTAKT_EDITORS));
        routes.add(new Route(HttpMethod.GET, profile + "/edit/{step}", "/organisations/" + kontakt + "/edit/reach",
                KONTAKT_EDITORS));
        for (String step : List.of("basics", "reach", "capacity", "contacts")) {
            routes.add(new Route(HttpMethod.POST, profile + "/edit/" + step,
                    "/organisations/" + kontakt + "/edit/" + step, KONTAKT_EDITORS));
        }
        routes.add(new Route(HttpMethod.POST, profile + "/edit/visibility",
                "/organisations/" + kontakt + "/edit/visibility", Set.of(Who.MO_ADMIN, Who.COORDINATOR, Who.ADMIN)));
        routes.add(new Route(HttpMethod.POST, profile + "/verify", "/organisations/" + dialog + "/verify",
                Set.of(Who.NETWORK_STAFF)));
        assessmentRoutes(kontakt, routes);
        Set<Who> importers = Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN);
        String job = "/organisations/import/{id:[0-9a-fA-F-]{36}}";
        String someJob = "/organisations/import/" + missing;
        routes.add(new Route(HttpMethod.GET, "/organisations/import", "/organisations/import", importers));
        routes.add(new Route(HttpMethod.POST, "/organisations/import", "/organisations/import", importers));
        routes.add(new Route(HttpMethod.GET, job, someJob, importers));
        routes.add(new Route(HttpMethod.GET, job + "/rejected.csv", someJob + "/rejected.csv", importers));
        routes.add(new Route(HttpMethod.GET, job + "/preview", someJob + "/preview", importers));
        routes.add(new Route(HttpMethod.POST, job + "/start", someJob + "/start", importers));
        for (String step : List.of("/sheet", "/mapping")) {
            routes.add(new Route(HttpMethod.GET, job + step, someJob + step, importers));
            routes.add(new Route(HttpMethod.POST, job + step, someJob + step, importers));
        }
        routes.add(new Route(HttpMethod.GET, "/admin/users", "/admin/users", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/users/{id}", "/admin/users/" + someone, ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/grants", "/admin/users/" + someone + "/grants", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/grants/{grant}/revoke",
                "/admin/users/" + someone + "/grants/" + missing + "/revoke", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/block", "/admin/users/" + someone + "/block", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/organisations", "/admin/organisations", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/organisations", "/admin/organisations", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/networks", "/admin/networks", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/networks/new", "/admin/networks/new", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/networks", "/admin/networks", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/networks/{id}", "/admin/networks/" + missing, ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/networks/{id}", "/admin/networks/" + missing, ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/networks/{id}/delete", "/admin/networks/" + missing + "/delete", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/outbox", "/admin/outbox", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/outbox/{id}", "/admin/outbox/" + missing, ADMIN_ONLY));
        routes.add(new Route(HttpMethod.GET, "/admin/events", "/admin/events", ADMIN_ONLY));
        routes.add(new Route(HttpMethod.POST, "/admin/events/resubmit", "/admin/events/resubmit", ADMIN_ONLY));
        Set<Who> questionnaireEditors = Set.of(Who.COORDINATOR, Who.ADMIN);
        String questionnaires = "/admin/questionnaires";
        String version = questionnaires + "/{version:[0-9]{1,9}}";
        routes.add(new Route(HttpMethod.GET, questionnaires, questionnaires, questionnaireEditors));
        routes.add(new Route(HttpMethod.POST, questionnaires, questionnaires, questionnaireEditors));
        routes.add(new Route(HttpMethod.GET, questionnaires + "/next.yaml", questionnaires + "/next.yaml",
                questionnaireEditors));
        routes.add(new Route(HttpMethod.GET, version, questionnaires + "/1", questionnaireEditors));
        routes.add(new Route(HttpMethod.GET, version + "/download", questionnaires + "/1/download",
                questionnaireEditors));
        routes.add(new Route(HttpMethod.GET, version + "/publish", questionnaires + "/1/publish", questionnaireEditors));
        routes.add(new Route(HttpMethod.POST, version + "/publish", questionnaires + "/1/publish", questionnaireEditors));
        routes.add(new Route(HttpMethod.GET, version + "/delete", questionnaires + "/1/delete", questionnaireEditors));
        routes.add(new Route(HttpMethod.POST, version + "/delete", questionnaires + "/999999/delete",
                questionnaireEditors));
        String entrySurvey = "/organisations/{organisation:[0-9a-fA-F-]{36}}/entry-survey";
        Set<Who> kontaktMembers = Set.of(Who.MO_MEMBER, Who.MO_ADMIN);
        routes.add(new Route(HttpMethod.GET, entrySurvey, "/organisations/" + kontakt + "/entry-survey", kontaktMembers));
        routes.add(new Route(HttpMethod.POST, entrySurvey, "/organisations/" + kontakt + "/entry-survey",
                kontaktMembers));
        return routes;
    }

    /**
     * Assessment rounds stay inside the organisation: members see the overview, closed results and their PDF,
     * respondents answer, MO admins start, invite, close, write the action plan and share. Administrators, coordinators
     * and network staff outside the area get nothing. Two closed rounds of Kontakt e.V.: one where the member was asked
     * to answer, one where only the admin was.
     */
    private void assessmentRoutes(String kontakt, List<Route> routes) {
        String base = "/organisations/" + kontakt + "/assessments";
        String pattern = "/organisations/{organisation}/assessments";
        String withMember = closedKontaktRound(kontakt, DemoUsers.MO_ADMIN, DemoUsers.MO_MEMBER);
        String adminOnly = closedKontaktRound(kontakt, DemoUsers.MO_ADMIN);
        Set<Who> members = Set.of(Who.MO_MEMBER, Who.MO_ADMIN);
        Set<Who> admin = Set.of(Who.MO_ADMIN);
        routes.add(new Route(HttpMethod.GET, pattern, base, members));
        routes.add(new Route(HttpMethod.POST, pattern, base, admin));
        for (String round : List.of(withMember, adminOnly)) {
            Set<Who> respondents = round.equals(withMember) ? members : admin;
            String path = base + "/" + round;
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/respondents", path + "/respondents", admin));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/respondents", path + "/respondents", admin));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/answers", path + "/answers", respondents));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/answers/{dimension}", path + "/answers/finance",
                    respondents));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/answers/{dimension}", path + "/answers/finance",
                    respondents));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/done", path + "/done", respondents));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/close", path + "/close", admin));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/close", path + "/close", admin));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/results", path + "/results", members));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/results.pdf", path + "/results.pdf", members));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/plan", path + "/plan", admin));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/plan", path + "/plan", admin));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/sharing", path + "/sharing", admin));
        }
        followUpRoutes(kontakt, base, pattern, members, routes);
    }

    /**
     * Results shared with the network: the network staff of the area reads them (page and PDF) only while shared;
     * network staff of another area never. Kontakt e.V. is in Schwerin (outside the demo network's area, Berlin),
     * Club Dialog e.V. in Berlin. Coordinators and administrators read no MO's results; they see the area figures of
     * every network, network staff those of their own network.
     */
    private void followUpRoutes(String kontakt, String base, String pattern, Set<Who> members, List<Route> routes) {
        String sharedKontakt = closedKontaktRound(kontakt, DemoUsers.MO_ADMIN, DemoUsers.MO_MEMBER);
        share(sharedKontakt, DemoUsers.MO_ADMIN);
        String dialog = jdbc.sql("select id::text from organisation where name = 'Club Dialog e.V.'")
                .query(String.class).single();
        String privateDialog = closedKontaktRound(dialog, DemoUsers.FOREIGN_MO_ADMIN);
        String sharedDialog = closedKontaktRound(dialog, DemoUsers.FOREIGN_MO_ADMIN);
        share(sharedDialog, DemoUsers.FOREIGN_MO_ADMIN);
        String dialogBase = "/organisations/" + dialog + "/assessments/";
        for (String page : List.of("/results", "/results.pdf")) {
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, base + "/" + sharedKontakt + page,
                    members));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, dialogBase + privateDialog + page,
                    Set.of(Who.FOREIGN_MO_ADMIN)));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, dialogBase + sharedDialog + page,
                    Set.of(Who.FOREIGN_MO_ADMIN, Who.NETWORK_STAFF)));
        }
        routes.add(new Route(HttpMethod.POST, pattern + "/{round}/sharing", dialogBase + sharedDialog + "/sharing",
                Set.of(Who.FOREIGN_MO_ADMIN)));
        String berlin = jdbc.sql("""
                select network_id::text from account_role g join account_user u on u.id = g.user_id
                where u.email = :e and g.network_id is not null""").param("e", DemoUsers.NETWORK_STAFF)
                .query(String.class).single();
        String other = jdbc.sql("select id::text from region_network where id <> cast(:b as uuid) order by name limit 1")
                .param("b", berlin).query(String.class).single();
        routes.add(new Route(HttpMethod.GET, "/networks/assessments", "/networks/assessments",
                Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN)));
        routes.add(new Route(HttpMethod.GET, "/networks/{network}/assessments", "/networks/" + berlin + "/assessments",
                Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN)));
        routes.add(new Route(HttpMethod.GET, "/networks/{network}/assessments", "/networks/" + other + "/assessments",
                Set.of(Who.COORDINATOR, Who.ADMIN)));
    }

    private void share(String round, String by) {
        jdbc.sql("""
                update assessment_round set shared_with_network_at = now(),
                    shared_with_network_by = (select id from account_user where email = :e)
                where id = cast(:r as uuid)""").param("r", round).param("e", by).update();
    }

    private String closedKontaktRound(String kontakt, String... respondents) {
        String round = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into assessment_round (id, organisation_id, questionnaire_version, status, closed_at)
                values (cast(:id as uuid), cast(:o as uuid), 1, 'CLOSED', now())""")
                .param("id", round).param("o", kontakt).update();
        for (String email : respondents) {
            jdbc.sql("""
                    insert into assessment_respondent (id, round_id, user_id)
                    values (gen_random_uuid(), cast(:r as uuid), (select id from account_user where email = :e))""")
                    .param("r", round).param("e", email).update();
        }
        return round;
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                Outcome expected = route.allowed().contains(who) ? Outcome.ALLOWED
                        : who == Who.VISITOR ? Outcome.SIGN_IN : Outcome.FORBIDDEN;
                cases.add(Arguments.of(route.method() + " " + route.pattern(), who, expected, route));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void eachRoleGetsExactlyWhatItMay(String name, Who who, Outcome expected, Route route) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), route.path()).with(csrf());
        if (who.email != null) {
            request.with(user(users.loadUserByUsername(who.email)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(outcome(result)).as("%s as %s (status %d)", name, who, result.getResponse().getStatus())
                .isEqualTo(expected);
        assertThat(result.getResponse().getStatus()).as("no server error").isLessThan(500);
    }

    private static Outcome outcome(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 302 && location != null && location.endsWith("/login")) {
            return Outcome.SIGN_IN;
        }
        return Outcome.ALLOWED;
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>();
        routes().forEach(r -> inMatrix.add(r.method() + " " + r.pattern()));
        Set<String> mapped = new TreeSet<>();
        Map<RequestMappingInfo, ?> handlers = new LinkedHashMap<>(mappings.getHandlerMethods());
        for (RequestMappingInfo info : handlers.keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                methods.forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }
        mapped.add("POST /logout");
        assertThat(inMatrix).containsExactlyInAnyOrderElementsOf(mapped);
    }
}
