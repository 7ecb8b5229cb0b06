package de.bruecke.organisation.directory;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryTest {

    private static final Pattern FIRST_HIT = Pattern.compile("<ol class=\"hit-list\">\\s*<li[^>]*>.*?<a [^>]*>([^<]+)</a>",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeAll
    void fixture() {
        publish("Beratung für Zugewanderte Rostock e.V.", "18055", "Wir begleiten Menschen bei Ämtern.");
        publish("Türkiye Dostluk Derneği Hamburg", "20095", "Freundschaftsverein.");
        publish("Sprachcafé Nürnberg", "90402", "Deutsch lernen bei Kaffee und Kuchen.");
    }

    private void publish(String name, String postcode, String text) {
        if (jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class).single() > 0) {
            return;
        }
        Organisation organisation = organisations.register(name, OrganisationKind.MO, postcode);
        organisations.describe(organisation.id(), new Organisations.Description(null, text, List.of("de", "tr"), List.of("TR"),
                List.of(ThematicField.SOCIAL_COUNSELLING), List.of(), List.of(), 10, 5, 0, false, Visibility.PUBLIC),
                "Test");
    }

    private String page(String url, String who) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (who != null) {
            request.with(user(users.loadUserByUsername(who)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String firstHit(String query) throws Exception {
        Matcher hit = FIRST_HIT.matcher(page("/organisations?q=" + query, null));
        assertThat(hit.find()).as("a hit for %s", query).isTrue();
        return hit.group(1);
    }

    @Test
    void germanStemmingFindsOtherWordForms() throws Exception {
        assertThat(firstHit("Beratungen")).isEqualTo("Beratung für Zugewanderte Rostock e.V.");
    }

    @Test
    void typoInANameStillFindsIt() throws Exception {
        assertThat(firstHit("Kontackt")).isEqualTo("Kontakt e.V.");
    }

    @Test
    void accentsAreIgnored() throws Exception {
        assertThat(firstHit("Turkiye")).isEqualTo("Türkiye Dostluk Derneği Hamburg");
        assertThat(firstHit("Sprachcafe")).isEqualTo("Sprachcafé Nürnberg");
    }

    @Test
    void distanceSearchSortsNearestFirstAndHonoursTheRadius() throws Exception {
        String html = page("/organisations?near=Schwerin&radius=25&sort=DISTANCE", null);
        assertThat(html).contains("Kontakt e.V.", "Jobcenter Schwerin").doesNotContain("KUBI e.V.");
        assertThat(page("/organisations?near=Atlantis", null)).contains("Diesen Ort kennen wir nicht");
    }

    @Test
    void visitorsNeverSeeNetworkOrPrivateProfilesNotEvenInCounts() throws Exception {
        String dialog = "/organisations?kind=MO&q=Club+Dialog";
        String visitor = page(dialog, null);
        String partner = page(dialog, DemoUsers.INSTITUTION_MEMBER);
        String admin = page(dialog, DemoUsers.ADMIN);
        assertThat(visitor).doesNotContain("Club Dialog");
        assertThat(partner).contains("Club Dialog");
        assertThat(admin).contains("Club Dialog");
        assertThat(count(partner)).isEqualTo(count(visitor) + 1);
        assertThat(count(admin)).isEqualTo(count(partner));

        String leipzig = "/organisations?kind=MO&q=Ukrainischer+Verein+Leipzig";
        visitor = page(leipzig, null);
        partner = page(leipzig, DemoUsers.INSTITUTION_MEMBER);
        admin = page(leipzig, DemoUsers.ADMIN);
        assertThat(visitor).doesNotContain("Ukrainischer Verein");
        assertThat(partner).doesNotContain("Ukrainischer Verein");
        assertThat(admin).contains("Ukrainischer Verein");
        assertThat(count(partner)).isEqualTo(count(visitor));
        assertThat(count(admin)).isEqualTo(count(visitor) + 1);

        String ukrainian = jdbc.sql("select id::text from organisation where name like 'Ukrainischer Verein%'")
                .query(String.class).single();
        assertThat(mvc.perform(get("/organisations/" + ukrainian)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/organisations/" + ukrainian).with(user(users.loadUserByUsername(
                DemoUsers.INSTITUTION_MEMBER)))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static int count(String html) {
        Matcher heading = Pattern.compile("id=\"results-heading\"[^>]*>(\\d+|Keine) Treffer").matcher(html);
        assertThat(heading.find()).isTrue();
        return heading.group(1).equals("Keine") ? 0 : Integer.parseInt(heading.group(1));
    }

    @Test
    void kreisNamesWithACommaSurviveSavingTwice() throws Exception {
        Organisation organisation = organisations.register("Kreise-Test e.V.", OrganisationKind.MO, "04109");
        var admin = user(users.loadUserByUsername(DemoUsers.ADMIN));
        String url = "/organisations/" + organisation.id() + "/edit/reach";
        for (String kreise : List.of("Leipzig, Stadt, Bremen, Stadt", "Leipzig, Stadt, Bremen, Stadt")) {
            int version = jdbc.sql("select version from organisation where id = :id")
                    .param("id", organisation.id().value()).query(Integer.class).single();
            var saved = mvc.perform(post(url).with(csrf()).with(admin).param("version", String.valueOf(version))
                    .param("postcode", "04109").param("area", "KREISE").param("kreise", kreise))
                    .andReturn().getResponse();
            assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        }
        assertThat(jdbc.sql("select array_to_string(reach_kreise, ',') from organisation where id = :id")
                .param("id", organisation.id().value()).query(String.class).single()).isEqualTo("14713,04011");
        String form = page(url, DemoUsers.ADMIN);
        assertThat(form).contains("value=\"Bremen, Stadt, Leipzig, Stadt\"");
    }

    @Test
    void secondEditorOnAnOldVersionSeesAConflictAndNothingIsOverwritten() throws Exception {
        Organisation organisation = organisations.register("Konflikt-Test e.V.", OrganisationKind.MO, "19053");
        var admin = user(users.loadUserByUsername(DemoUsers.ADMIN));
        String url = "/organisations/" + organisation.id() + "/edit/basics";
        int version = jdbc.sql("select version from organisation where id = :id").param("id", organisation.id().value())
                .query(Integer.class).single();
        var first = mvc.perform(post(url).with(csrf()).with(admin).param("version", String.valueOf(version))
                .param("name", "Erste Fassung e.V.")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        var second = mvc.perform(post(url).with(csrf()).with(admin).param("version", String.valueOf(version))
                .param("name", "Zweite Fassung e.V.")).andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).contains("Jemand anderes hat dieses Profil gerade gespeichert",
                "Erste Fassung e.V.", "Zweite Fassung e.V.");
        assertThat(jdbc.sql("select name from organisation where id = :id").param("id", organisation.id().value())
                .query(String.class).single()).isEqualTo("Erste Fassung e.V.");
    }

    @Test
    void contactPersonIsShownOutsideOnlyAfterConsent() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        var admin = user(users.loadUserByUsername(DemoUsers.MO_ADMIN));
        int version = jdbc.sql("select version from organisation where id = cast(:id as uuid)").param("id", kontakt)
                .query(Integer.class).single();
        mvc.perform(post("/organisations/" + kontakt + "/edit/contacts").with(csrf()).with(admin)
                .param("version", String.valueOf(version)).param("contactId", "").param("contactName", "Erika Muster")
                .param("contactFunction", "Vorstand").param("contactEmail", "erika@example.org")
                .param("contactPhone", "").param("contactLanguages", "Deutsch, Russisch"));
        assertThat(page("/organisations/" + kontakt, null)).doesNotContain("Erika Muster");
        assertThat(page("/organisations/" + kontakt, DemoUsers.MO_MEMBER)).contains("Erika Muster");

        String id = jdbc.sql("select id::text from organisation_contact where name = 'Erika Muster'").query(String.class)
                .single();
        mvc.perform(post("/organisations/" + kontakt + "/edit/contacts").with(csrf()).with(admin)
                .param("version", String.valueOf(version + 1)).param("contactId", id)
                .param("contactName", "Erika Muster").param("contactFunction", "Vorstand")
                .param("contactEmail", "erika@example.org").param("contactPhone", "")
                .param("contactLanguages", "Deutsch, Russisch").param("consent", "0"));
        assertThat(page("/organisations/" + kontakt, null)).contains("Erika Muster");
        assertThat(jdbc.sql("select consent_recorded_by || ' ' || consent_text_version from organisation_contact "
                + "where name = 'Erika Muster'").query(String.class).single()).isEqualTo("Olga Vorstand 2026-11");
    }

    @Test
    void networkStaffVerifiesProfilesInTheirAreaAndKeyEditsAskForARecheck() throws Exception {
        Organisation organisation = organisations.register("Prüf-Test Berlin e.V.", OrganisationKind.MO, "10115");
        var staff = user(users.loadUserByUsername(DemoUsers.NETWORK_STAFF));
        mvc.perform(post("/organisations/" + organisation.id() + "/verify").with(csrf()).with(staff)
                .param("version", "0"));
        assertThat(page("/organisations/" + organisation.id(), DemoUsers.NETWORK_STAFF)).contains("Geprüft am");

        var admin = user(users.loadUserByUsername(DemoUsers.ADMIN));
        mvc.perform(post("/organisations/" + organisation.id() + "/edit/basics").with(csrf()).with(admin)
                .param("version", "1").param("name", "Prüf-Test Berlin-Mitte e.V."));
        assertThat(page("/organisations/" + organisation.id(), DemoUsers.NETWORK_STAFF))
                .contains("bitte neu prüfen");
        assertThat(page("/organisations/" + organisation.id() + "/history", DemoUsers.NETWORK_STAFF))
                .contains("Prüf-Test Berlin-Mitte e.V.", "Nina Netzwerk");

        String outside = DemoUsers.kontaktId(jdbc);
        assertThat(mvc.perform(post("/organisations/" + outside + "/verify").with(csrf()).with(staff)
                .param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void hostileInputGetsMessagesNotErrors() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        var admin = user(users.loadUserByUsername(DemoUsers.MO_ADMIN));
        var response = mvc.perform(post("/organisations/" + kontakt + "/edit/basics").with(csrf()).with(admin)
                .param("version", "abc").param("name", "x".repeat(100_000)).param("foundingYear", "zwanzig")
                .param("description", "<script>alert(1)</script>").param("website", "javascript:alert(1)")
                .param("legalForm", "'; drop table organisation; --")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Dieser Text ist zu lang", "ganze Zahl",
                "einfachen Text ohne HTML", "gültige Webadresse", "eine der Möglichkeiten")
                .doesNotContain("<script>alert(1)</script>");
        String search = page("/organisations?q=%3Cscript%3E&language=%27;drop&page=-5&radius=999999&sort=EVIL", null);
        assertThat(search).doesNotContain("<script>");
    }
}
