package de.bruecke;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        /** What the row expects ({@link Expect}): the page rendered, the redirect, the file, or 404 for made-up IDs. */
        ALLOWED,
        /** Visitors are sent to the login page. */
        SIGN_IN,
        /** 403. */
        FORBIDDEN
    }

    /**
     * What an allowed person gets: a page rendered with its view (2xx, or 409 for a closed round), a redirect to the
     * expected place ({@code {id}} stands for any UUID), a file of the expected type, or a status without a page (404
     * for made-up IDs, 400 for a form the matrix sends empty).
     */
    record Expect(int status, String view, String location, String contentType) {

        static Expect page(String view) {
            return new Expect(200, view, null, null);
        }

        static Expect page(int status, String view) {
            return new Expect(status, view, null, null);
        }

        static Expect redirect(String location) {
            return new Expect(302, null, location, null);
        }

        static Expect file(String contentType) {
            return new Expect(200, null, null, contentType);
        }

        static Expect status(int status) {
            return new Expect(status, null, null, null);
        }
    }

    record Route(HttpMethod method, String pattern, String path, Set<Who> allowed, Expect expect,
            Map<Who, Expect> exceptions) {

        Route(HttpMethod method, String pattern, String path, Set<Who> allowed, Expect expect) {
            this(method, pattern, path, allowed, expect, Map.of());
        }

        Expect expectFor(Who who) {
            return exceptions.getOrDefault(who, expect);
        }
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
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "home");
        pages.put("/imprint", "pages/imprint");
        pages.put("/privacy", "pages/privacy");
        pages.put("/accessibility", "pages/accessibility");
        pages.put("/plain-language", "pages/plain-language");
        pages.put("/sources", "region/sources");
        pages.put("/login", "account/login");
        pages.put("/register", "account/register");
        pages.put("/register/sent", "account/register-sent");
        pages.put("/register/confirm", "account/register-confirmed");
        pages.put("/password/forgot", "account/password-forgot");
        pages.put("/password/reset", "account/link-invalid");
        pages.put("/invitations/accept", "account/link-invalid");
        pages.put("/account/email/confirm", "account/email-confirmed");
        pages.forEach((page, view) -> routes.add(new Route(HttpMethod.GET, page, page, EVERYONE, Expect.page(view))));
        Map<String, Expect> forms = new LinkedHashMap<>();
        forms.put("/register", Expect.page("account/register"));
        forms.put("/register/resend", Expect.redirect("/register/sent"));
        forms.put("/password/forgot", Expect.page("account/password-forgot"));
        forms.put("/password/reset", Expect.page("account/link-invalid"));
        forms.put("/invitations/accept", Expect.page("account/link-invalid"));
        forms.put("/logout", Expect.redirect("/?signedOut"));
        forms.forEach((form, expect) -> routes.add(new Route(HttpMethod.POST, form, form, EVERYONE, expect)));
        routes.add(new Route(HttpMethod.GET, "/account", "/account", SIGNED_IN, Expect.page("account/account")));
        routes.add(new Route(HttpMethod.POST, "/account/password", "/account/password", SIGNED_IN,
                Expect.page("account/account")));
        routes.add(new Route(HttpMethod.POST, "/account/email", "/account/email", SIGNED_IN,
                Expect.page("account/account")));
        routes.add(new Route(HttpMethod.GET, "/organisations/mine", "/organisations/mine", SIGNED_IN,
                Expect.page("account/my-organisations")));
        routes.add(new Route(HttpMethod.GET, "/organisations/{organisation}/members",
                "/organisations/" + kontakt + "/members", KONTAKT_ADMINS, Expect.page("account/members")));
        routes.add(new Route(HttpMethod.POST, "/organisations/{organisation}/invitations",
                "/organisations/" + kontakt + "/invitations", KONTAKT_ADMINS, Expect.page("account/members")));
        routes.add(new Route(HttpMethod.POST, "/organisations/{organisation}/invitations/{invitation}/revoke",
                "/organisations/" + kontakt + "/invitations/" + missing + "/revoke", KONTAKT_ADMINS,
                Expect.status(404)));
        String dialog = jdbc.sql("select id::text from organisation where name = 'Club Dialog e.V.'")
                .query(String.class).single();
        String profile = "/organisations/{id:[0-9a-fA-F-]{36}}";
        routes.add(new Route(HttpMethod.GET, "/organisations", "/organisations", EVERYONE,
                Expect.page("organisation/search")));
        routes.add(new Route(HttpMethod.GET, profile, "/organisations/" + kontakt, EVERYONE,
                Expect.page("organisation/profile")));
        routes.add(new Route(HttpMethod.GET, "/organisations/map", "/organisations/map?q=Beratung", EVERYONE,
                Expect.page("organisation/search")));
        routes.add(new Route(HttpMethod.GET, "/organisations/export.csv", "/organisations/export.csv?kind=MO",
                EVERYONE, Expect.file("text/csv")));
        routes.add(new Route(HttpMethod.GET, "/organisations/export.xlsx", "/organisations/export.xlsx?kind=MO",
                EVERYONE, Expect.file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        routes.add(new Route(HttpMethod.POST, profile + "/edit/{step}/check",
                "/organisations/" + kontakt + "/edit/basics/check?field=website", KONTAKT_EDITORS,
                Expect.page("organisation/edit :: checked")));
        routes.add(new Route(HttpMethod.GET, profile + "/history", "/organisations/" + kontakt + "/history",
                KONTAKT_EDITORS, Expect.page("organisation/history")));
        routes.add(new Route(HttpMethod.GET, profile + "/edit", "/organisations/" + kontakt + "/edit", KONTAKT_EDITORS,
                Expect.redirect("/organisations/" + kontakt + "/edit/basics")));
        routes.add(new Route(HttpMethod.GET, profile + "/edit/{step}", "/organisations/" + kontakt + "/edit/reach",
                KONTAKT_EDITORS, Expect.page("organisation/edit")));
        for (String step : List.of("basics", "reach", "capacity", "contacts")) {
            routes.add(new Route(HttpMethod.POST, profile + "/edit/" + step,
                    "/organisations/" + kontakt + "/edit/" + step, KONTAKT_EDITORS, Expect.page("organisation/edit")));
        }
        routes.add(new Route(HttpMethod.POST, profile + "/edit/visibility",
                "/organisations/" + kontakt + "/edit/visibility", Set.of(Who.MO_ADMIN, Who.COORDINATOR, Who.ADMIN),
                Expect.page("organisation/edit")));
        routes.add(new Route(HttpMethod.POST, profile + "/verify", "/organisations/" + dialog + "/verify",
                Set.of(Who.NETWORK_STAFF), Expect.redirect("/organisations/" + dialog)));
        assessmentRoutes(kontakt, routes);
        Set<Who> importers = Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN);
        String job = "/organisations/import/{id:[0-9a-fA-F-]{36}}";
        String someJob = "/organisations/import/" + missing;
        routes.add(new Route(HttpMethod.GET, "/organisations/import", "/organisations/import", importers,
                Expect.page("organisation/import")));
        routes.add(new Route(HttpMethod.POST, "/organisations/import", "/organisations/import", importers,
                Expect.page("organisation/import")));
        Expect noSuchJob = Expect.status(404);
        routes.add(new Route(HttpMethod.GET, job, someJob, importers, noSuchJob));
        routes.add(new Route(HttpMethod.GET, job + "/rejected.csv", someJob + "/rejected.csv", importers, noSuchJob));
        routes.add(new Route(HttpMethod.GET, job + "/preview", someJob + "/preview", importers, noSuchJob));
        routes.add(new Route(HttpMethod.POST, job + "/start", someJob + "/start", importers, noSuchJob));
        for (String step : List.of("/sheet", "/mapping")) {
            routes.add(new Route(HttpMethod.GET, job + step, someJob + step, importers, noSuchJob));
            routes.add(new Route(HttpMethod.POST, job + step, someJob + step, importers, noSuchJob));
        }
        routes.add(new Route(HttpMethod.GET, "/admin/users", "/admin/users", ADMIN_ONLY,
                Expect.page("account/admin-users")));
        routes.add(new Route(HttpMethod.GET, "/admin/users/{id}", "/admin/users/" + someone, ADMIN_ONLY,
                Expect.status(404)));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/grants", "/admin/users/" + someone + "/grants",
                ADMIN_ONLY, Expect.status(404)));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/grants/{grant}/revoke",
                "/admin/users/" + someone + "/grants/" + missing + "/revoke", ADMIN_ONLY,
                Expect.redirect("/admin/users/" + someone)));
        routes.add(new Route(HttpMethod.POST, "/admin/users/{id}/block", "/admin/users/" + someone + "/block",
                ADMIN_ONLY, Expect.status(404)));
        routes.add(new Route(HttpMethod.GET, "/admin/organisations", "/admin/organisations", ADMIN_ONLY,
                Expect.page("organisation/admin")));
        routes.add(new Route(HttpMethod.POST, "/admin/organisations", "/admin/organisations", ADMIN_ONLY,
                Expect.page("organisation/admin")));
        routes.add(new Route(HttpMethod.GET, "/admin/networks", "/admin/networks", ADMIN_ONLY,
                Expect.page("region/networks")));
        routes.add(new Route(HttpMethod.GET, "/admin/networks/new", "/admin/networks/new", ADMIN_ONLY,
                Expect.page("region/network-form")));
        routes.add(new Route(HttpMethod.POST, "/admin/networks", "/admin/networks?version=0", ADMIN_ONLY,
                Expect.page("region/network-form")));
        routes.add(new Route(HttpMethod.GET, "/admin/networks/{id}", "/admin/networks/" + missing, ADMIN_ONLY,
                Expect.status(404)));
        routes.add(new Route(HttpMethod.POST, "/admin/networks/{id}", "/admin/networks/" + missing + "?version=0",
                ADMIN_ONLY, Expect.status(404)));
        routes.add(new Route(HttpMethod.POST, "/admin/networks/{id}/delete", "/admin/networks/" + missing + "/delete",
                ADMIN_ONLY, Expect.status(404)));
        routes.add(new Route(HttpMethod.GET, "/admin/outbox", "/admin/outbox", ADMIN_ONLY,
                Expect.page("notification/outbox")));
        routes.add(new Route(HttpMethod.GET, "/admin/outbox/{id}", "/admin/outbox/" + missing, ADMIN_ONLY,
                Expect.status(404)));
        routes.add(new Route(HttpMethod.GET, "/admin/events", "/admin/events", ADMIN_ONLY,
                Expect.page("platform/events")));
        routes.add(new Route(HttpMethod.POST, "/admin/events/resubmit", "/admin/events/resubmit", ADMIN_ONLY,
                Expect.redirect("/admin/events")));
        Set<Who> questionnaireEditors = Set.of(Who.COORDINATOR, Who.ADMIN);
        String questionnaires = "/admin/questionnaires";
        String version = questionnaires + "/{version:[0-9]{1,9}}";
        routes.add(new Route(HttpMethod.GET, questionnaires, questionnaires, questionnaireEditors,
                Expect.page("assessment/questionnaires")));
        routes.add(new Route(HttpMethod.POST, questionnaires, questionnaires, questionnaireEditors,
                Expect.page("assessment/questionnaires")));
        routes.add(new Route(HttpMethod.GET, questionnaires + "/next.yaml", questionnaires + "/next.yaml",
                questionnaireEditors, Expect.file("application/yaml")));
        routes.add(new Route(HttpMethod.GET, version, questionnaires + "/1", questionnaireEditors,
                Expect.page("assessment/questionnaire")));
        routes.add(new Route(HttpMethod.GET, version + "/download", questionnaires + "/1/download",
                questionnaireEditors, Expect.file("application/yaml")));
        Expect published = Expect.redirect(questionnaires + "/1");
        routes.add(new Route(HttpMethod.GET, version + "/publish", questionnaires + "/1/publish", questionnaireEditors,
                published));
        routes.add(new Route(HttpMethod.POST, version + "/publish", questionnaires + "/1/publish", questionnaireEditors,
                published));
        routes.add(new Route(HttpMethod.GET, version + "/delete", questionnaires + "/1/delete", questionnaireEditors,
                published));
        routes.add(new Route(HttpMethod.POST, version + "/delete", questionnaires + "/999999/delete",
                questionnaireEditors, Expect.redirect(questionnaires)));
        String entrySurvey = "/organisations/{organisation:[0-9a-fA-F-]{36}}/entry-survey";
        Set<Who> kontaktMembers = Set.of(Who.MO_MEMBER, Who.MO_ADMIN);
        routes.add(new Route(HttpMethod.GET, entrySurvey, "/organisations/" + kontakt + "/entry-survey", kontaktMembers,
                Expect.page("assessment/entry-survey")));
        routes.add(new Route(HttpMethod.POST, entrySurvey, "/organisations/" + kontakt + "/entry-survey",
                kontaktMembers, Expect.page("assessment/entry-survey")));
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
        routes.add(new Route(HttpMethod.GET, pattern, base, members, Expect.page("assessment/overview")));
        routes.add(new Route(HttpMethod.POST, pattern, base, admin,
                Expect.redirect(base + "/{id}/respondents")));
        for (String round : List.of(withMember, adminOnly)) {
            Set<Who> respondents = round.equals(withMember) ? members : admin;
            String path = base + "/" + round;
            Expect closedRound = Expect.redirect(path + "/results");
            Expect results = Expect.page("assessment/results");
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/respondents", path + "/respondents", admin,
                    Expect.page(409, "assessment/respondents")));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/respondents", path + "/respondents", admin,
                    Expect.page(409, "assessment/respondents")));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/answers", path + "/answers", respondents,
                    closedRound));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/answers/{dimension}", path + "/answers/finance",
                    respondents, closedRound));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/answers/{dimension}", path + "/answers/finance",
                    respondents, Expect.page(409, "assessment/closed")));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/done", path + "/done", respondents, closedRound));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/close", path + "/close", admin, closedRound));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/close", path + "/close", admin, closedRound));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/results", path + "/results", members, results));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/results.pdf", path + "/results.pdf", members,
                    Expect.file("application/pdf")));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}/plan", path + "/plan", admin,
                    Expect.page("assessment/plan")));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/plan", path + "/plan", admin,
                    Expect.page("assessment/plan")));
            routes.add(new Route(HttpMethod.POST, pattern + "/{round}/sharing", path + "/sharing", admin,
                    Expect.status(400)));
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
            Expect shown = page.equals("/results") ? Expect.page("assessment/results") : Expect.file("application/pdf");
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, base + "/" + sharedKontakt + page,
                    members, shown));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, dialogBase + privateDialog + page,
                    Set.of(Who.FOREIGN_MO_ADMIN), shown));
            routes.add(new Route(HttpMethod.GET, pattern + "/{round}" + page, dialogBase + sharedDialog + page,
                    Set.of(Who.FOREIGN_MO_ADMIN, Who.NETWORK_STAFF), shown));
        }
        routes.add(new Route(HttpMethod.POST, pattern + "/{round}/sharing", dialogBase + sharedDialog + "/sharing",
                Set.of(Who.FOREIGN_MO_ADMIN), Expect.status(400)));
        String berlin = jdbc.sql("""
                select network_id::text from account_role g join account_user u on u.id = g.user_id
                where u.email = :e and g.network_id is not null""").param("e", DemoUsers.NETWORK_STAFF)
                .query(String.class).single();
        String other = jdbc.sql("select id::text from region_network where id <> cast(:b as uuid) order by name limit 1")
                .param("b", berlin).query(String.class).single();
        routes.add(new Route(HttpMethod.GET, "/networks/assessments", "/networks/assessments",
                Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN), Expect.page("assessment/area-list"),
                Map.of(Who.NETWORK_STAFF, Expect.redirect("/networks/" + berlin + "/assessments"))));
        routes.add(new Route(HttpMethod.GET, "/networks/{network}/assessments", "/networks/" + berlin + "/assessments",
                Set.of(Who.NETWORK_STAFF, Who.COORDINATOR, Who.ADMIN), Expect.page("assessment/area")));
        routes.add(new Route(HttpMethod.GET, "/networks/{network}/assessments", "/networks/" + other + "/assessments",
                Set.of(Who.COORDINATOR, Who.ADMIN), Expect.page("assessment/area")));
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
        if (expected == Outcome.ALLOWED) {
            assertGot(route.expectFor(who), result, name + " as " + who);
        }
    }

    /** The allowed request got what the row expects, not merely something other than a denial. */
    private static void assertGot(Expect expect, MvcResult result, String description) {
        var response = result.getResponse();
        assertThat(response.getStatus()).as("%s: status", description).isEqualTo(expect.status());
        String view = result.getModelAndView() == null ? null : result.getModelAndView().getViewName();
        if (expect.view() != null) {
            assertThat(view).as("%s: view", description).isEqualTo(expect.view());
        }
        if (expect.location() != null) {
            String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
            String pattern = Arrays.stream(expect.location().split("\\{id}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(uuid));
            assertThat(response.getRedirectedUrl()).as("%s: redirect", description).matches(pattern);
        }
        if (expect.contentType() != null) {
            assertThat(response.getContentType()).as("%s: content type", description).startsWith(expect.contentType());
            assertThat(response.getContentAsByteArray()).as("%s: content", description).isNotEmpty();
        }
        if (expect.view() == null && expect.location() == null && expect.contentType() == null) {
            assertThat(view).as("%s: no page but the error page", description).isNull();
        }
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
