package de.bruecke.organisation.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.ProfileStep;
import de.bruecke.platform.spreadsheet.SpreadsheetFormat;
import de.bruecke.platform.spreadsheet.Spreadsheets;
import de.bruecke.platform.spreadsheet.Table;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The map view, the export of a search, inline checks on the profile form, and the size of the results page. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryViewsTest {

    /** A word only the organisations of this test have in their description. */
    private static final String WORD = "Sichtprobe";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    DirectoryMap map;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private OrganisationId hamburg;

    @BeforeAll
    void fixture() {
        hamburg = describe("Sichtprobe Hamburg e.V.", OrganisationKind.MO, "20095", Visibility.PUBLIC);
        describe("Sichtprobe Altona e.V.", OrganisationKind.MO, "22765", Visibility.PUBLIC);
        describe("Sichtprobe München e.V.", OrganisationKind.MO, "80331", Visibility.PUBLIC);
        describe("=HYPERLINK(\"http://evil.example\") Sichtprobe", OrganisationKind.MO, "01067", Visibility.PUBLIC);
        describe("Sichtprobe Netzwerkamt Kiel", OrganisationKind.INSTITUTION, "24103", Visibility.NETWORK);
        describe("Sichtprobe Geheimverein Bremen e.V.", OrganisationKind.MO, "28195", Visibility.PRIVATE);
    }

    private OrganisationId describe(String name, OrganisationKind kind, String postcode, Visibility visibility) {
        Organisation organisation = organisations.register(name, kind, postcode);
        organisations.describe(organisation.id(), new Organisations.Description(
                kind == OrganisationKind.INSTITUTION ? InstitutionType.MUNICIPALITY : null,
                WORD + ": Begegnung und Kultur.", List.of("de", "fa"), List.of("AF"),
                List.of(ThematicField.EDUCATION), List.of(PartnerRole.COOPERATION_PARTNER), List.of(), 10, 5, 1, false,
                visibility), "Test");
        return organisation.id();
    }

    private MockHttpServletResponse get(String url, String who) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(url);
        if (who != null) {
            request.with(user(users.loadUserByUsername(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    @Test
    void theMapCountsWhatTheListCountsPerLandAndLinksToTheFilteredList() throws Exception {
        String html = get("/organisations/map?q=" + WORD, null).getContentAsString();
        assertThat(html).contains("role=\"img\"", "<title id=\"map-title\">Karte der Treffer</title>",
                "Karte von Deutschland mit 4 Treffern. Treffer je Bundesland: Hamburg 2, Bayern 1, Sachsen 1.");
        assertThat(row(html, "Hamburg")).isEqualTo("2");
        assertThat(row(html, "Schleswig-Holstein")).isEqualTo("0");
        assertThat(row(html, "Bremen")).isEqualTo("0");
        assertThat(html).contains("href=\"/organisations?q=" + WORD + "&amp;land=02&amp;sort=RELEVANCE\"");
        assertThat(html).containsPattern("class=\"germany-map__dots\" d=\"(M\\d+ \\d+h0){4}\"");

        String staff = get("/organisations/map?q=" + WORD, DemoUsers.COORDINATOR).getContentAsString();
        assertThat(row(staff, "Schleswig-Holstein")).isEqualTo("1");
        assertThat(row(staff, "Bremen")).isEqualTo("1");
        assertThat(get("/organisations?q=" + WORD, null).getContentAsString()).contains("4 Treffer")
                .contains("href=\"/organisations/map?q=" + WORD + "&amp;sort=RELEVANCE\"");
    }

    private static String row(String html, String land) {
        Matcher row = Pattern.compile("<th scope=\"row\" class=\"kern-table__cell\">\\s*(?:<a [^>]*>)?" + land
                + "(?:</a>)?\\s*</th>\\s*<td [^>]*>(\\d+)</td>").matcher(html);
        assertThat(row.find()).as("a table row for %s", land).isTrue();
        return row.group(1);
    }

    @Test
    void manyMatchesAreDrawnAsOneCirclePerKreisWithTheAreaGrowingWithTheCount() {
        List<DirectorySearch.Spot> kreise = new ArrayList<>();
        kreise.add(new DirectorySearch.Spot("11", "11000", 52.52, 13.40, 1600));
        kreise.add(new DirectorySearch.Spot("09", "09162", 48.14, 11.58, 400));
        kreise.add(new DirectorySearch.Spot("09", "09184", 48.10, 11.60, 100));
        kreise.add(new DirectorySearch.Spot(null, null, Double.NaN, Double.NaN, 7));
        var view = map.draw(new DirectorySearch.Spread(2107, kreise, List.of()));
        assertThat(view.aggregated()).isTrue();
        assertThat(view.dots()).isEmpty();
        assertThat(view.circles()).extracting(DirectoryMap.Circle::count).containsExactly(1600L, 400L, 100L);
        assertThat(view.withoutPlace()).isEqualTo(7);
        assertThat(view.lands()).filteredOn(l -> l.key().equals("09")).singleElement()
                .extracting(DirectoryMap.LandCount::count).isEqualTo(500L);
        assertThat(DirectoryMap.radius(400)).isGreaterThan(DirectoryMap.radius(100));
        assertThat(DirectoryMap.radius(1_000_000)).isLessThanOrEqualTo(45);
    }

    @Test
    void aVisitorsExportHoldsOnlyPublicProfilesAndNeutralisesFormulas() throws Exception {
        MockHttpServletResponse csv = get("/organisations/export.csv?q=" + WORD + "&page=3", null);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
        Table table = Spreadsheets.read(csv.getContentAsByteArray());
        assertThat(table.columnNames()).startsWith("Name", "Kurzname", "Art", "Art der Einrichtung", "PLZ", "Ort",
                "Bundesland");
        List<String> names = names(table);
        assertThat(names).containsExactlyInAnyOrder("Sichtprobe Hamburg e.V.", "Sichtprobe Altona e.V.",
                "Sichtprobe München e.V.", "'=HYPERLINK(\"http://evil.example\") Sichtprobe");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(";=HYPERLINK", "\n=HYPERLINK", "Netzwerkamt", "Geheimverein");
        var hamburgRow = table.rows().stream().filter(r -> r.cell(0).equals("Sichtprobe Hamburg e.V.")).findFirst()
                .orElseThrow();
        assertThat(hamburgRow.cells()).contains("Migrantenorganisation", "20095", "Hamburg", "Deutsch, Persisch",
                "Bildung", "http://localhost/organisations/" + hamburg);

        MockHttpServletResponse xlsx = get("/organisations/export.xlsx?q=" + WORD + "&lang=en", null);
        assertThat(xlsx.getContentType()).startsWith(SpreadsheetFormat.XLSX.mediaType());
        Table sheet = Spreadsheets.read(xlsx.getContentAsByteArray());
        assertThat(sheet.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(sheet.columnNames()).startsWith("Name", "Short name", "Kind");
        assertThat(names(sheet)).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void signedInPartnersAndTheAreaSeeMoreInTheirExportButNeverContactPersons() throws Exception {
        Table partner = Spreadsheets.read(get("/organisations/export.csv?q=" + WORD, DemoUsers.INSTITUTION_MEMBER)
                .getContentAsByteArray());
        assertThat(names(partner)).contains("Sichtprobe Netzwerkamt Kiel").doesNotContain(
                "Sichtprobe Geheimverein Bremen e.V.");
        Table coordinator = Spreadsheets.read(get("/organisations/export.csv?q=" + WORD, DemoUsers.COORDINATOR)
                .getContentAsByteArray());
        assertThat(names(coordinator)).hasSize(6);
        assertThat(coordinator.columnNames()).noneMatch(c -> c.contains("Ansprech") || c.contains("Kontakt"));
    }

    private static List<String> names(Table table) {
        return table.rows().stream().map(r -> r.cell(0)).toList();
    }

    @Test
    void aFieldIsCheckedWithTheSameRulesAsSavingAndNothingIsSaved() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        var admin = user(users.loadUserByUsername(DemoUsers.MO_ADMIN));
        String url = "/organisations/" + kontakt + "/edit/basics/check";
        int version = version(kontakt);

        var wrong = mvc.perform(post(url).with(csrf()).with(admin).header("HX-Request", "true")
                .param("field", "foundingYear").param("version", String.valueOf(version)).param("name", "Kontakt e.V.")
                .param("foundingYear", "3000")).andReturn().getResponse();
        wrong.setCharacterEncoding("UTF-8");
        String fragment = wrong.getContentAsString();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(fragment.strip()).startsWith("<div").contains("id=\"foundingYear-field\"",
                "hx-post=\"/organisations/" + kontakt + "/edit/basics/check?field=foundingYear\"",
                "Bitte geben Sie eine ganze Zahl von", "value=\"3000\"", "aria-invalid=\"true\"",
                "aria-describedby=\"foundingYear-hint foundingYear-error\"", "role=\"alert\"")
                .doesNotContain("<html", "id=\"name-field\"");

        var right = mvc.perform(post(url).with(csrf()).with(admin).param("field", "foundingYear")
                .param("version", String.valueOf(version)).param("foundingYear", "1998")).andReturn().getResponse();
        assertThat(right.getContentAsString()).contains("value=\"1998\"").doesNotContain("kern-error", "aria-invalid");

        var save = mvc.perform(post("/organisations/" + kontakt + "/edit/basics").with(csrf()).with(admin)
                .param("version", String.valueOf(version)).param("name", "Kontakt e.V.").param("foundingYear", "3000"))
                .andReturn().getResponse();
        save.setCharacterEncoding("UTF-8");
        assertThat(save.getContentAsString()).contains("Bitte geben Sie eine ganze Zahl von");
        assertThat(version(kontakt)).isEqualTo(version);

        var crossField = mvc.perform(post("/organisations/" + kontakt + "/edit/capacity/check").with(csrf())
                .with(admin).param("field", "paidStaffFte").param("paidStaff", "1").param("paidStaffFte", "2,5"))
                .andReturn().getResponse();
        crossField.setCharacterEncoding("UTF-8");
        assertThat(crossField.getContentAsString()).contains("nicht mehr Vollzeit-Stellen als Personen");

        var postcode = mvc.perform(post("/organisations/" + kontakt + "/edit/reach/check").with(csrf()).with(admin)
                .param("field", "postcode").param("postcode", "00000").param("area", "NATIONWIDE"))
                .andReturn().getResponse();
        postcode.setCharacterEncoding("UTF-8");
        assertThat(postcode.getContentAsString()).contains("Diese Postleitzahl kennen wir nicht");
    }

    @Test
    void everyCheckedFieldHasItsFragmentAndOtherFieldsAreRefused() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        var admin = user(users.loadUserByUsername(DemoUsers.MO_ADMIN));
        for (ProfileStep step : ProfileStep.values()) {
            for (String field : step.checkedFields()) {
                var response = mvc.perform(post("/organisations/" + kontakt + "/edit/" + step.path() + "/check")
                        .with(csrf()).with(admin).param("field", field)).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s/%s", step, field).isEqualTo(200);
                assertThat(response.getContentAsString()).contains("id=\"" + field + "-field\"");
            }
        }
        for (String[] bad : new String[][] {{"basics", "version"}, {"basics", "__${T(java.lang.Runtime)}__"},
                {"basics", ""}, {"contacts", "contactName"}, {"visibility", "visibility"}, {"nothing", "name"}}) {
            int status = mvc.perform(post("/organisations/" + kontakt + "/edit/" + bad[0] + "/check").with(csrf())
                    .with(admin).param("field", bad[1])).andReturn().getResponse().getStatus();
            assertThat(status).as(String.join("/", bad)).isIn(400, 404);
        }
        assertThat(mvc.perform(post("/organisations/" + kontakt + "/edit/basics/check").with(csrf())
                .with(user(users.loadUserByUsername(DemoUsers.FOREIGN_MO_ADMIN))).param("field", "name"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theEditFormAsksForChecksOnlyWhereTheStepHasCheckedFields() throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        String basics = get("/organisations/" + kontakt + "/edit/basics", DemoUsers.MO_ADMIN).getContentAsString();
        assertThat(basics).contains("id=\"website-field\" hx-post=\"/organisations/" + kontakt
                + "/edit/basics/check?field=website\" hx-trigger=\"change\" hx-target=\"this\" hx-swap=\"outerHTML\"");
        String contacts = get("/organisations/" + kontakt + "/edit/contacts", DemoUsers.MO_ADMIN).getContentAsString();
        assertThat(contacts).doesNotContain("hx-post");
    }

    @Test
    void aResultsPageWithTwentyHitsStaysUnderSixtyKilobytes() throws Exception {
        List<String> languages = List.of("ar", "fa", "tr", "ru", "uk", "pl", "ro", "bg", "el", "it", "es", "pt", "fr",
                "en", "ku", "ps", "ti", "so", "am", "sq", "sr", "hr", "bs", "vi", "zh", "hi", "ur", "bn", "ta", "ka",
                "hy", "az", "kk", "uz", "ky", "he", "lt", "lv", "et", "fi");
        List<String> countries = List.of("SY", "AF", "TR", "RU", "UA", "PL", "RO", "BG", "GR", "IT", "ES", "PT", "FR",
                "IQ", "IR", "ER", "SO", "ET", "AL", "RS", "HR", "BA", "VN", "CN", "IN", "PK", "BD", "LK", "GE", "AM",
                "AZ", "KZ", "UZ", "KG", "IL", "LT", "LV", "EE", "FI", "NG");
        for (int i = 0; i < 25; i++) {
            Organisation organisation = organisations.register("Seitenprobe " + i + " Verein für Begegnung und Bildung e.V.",
                    OrganisationKind.MO, i % 2 == 0 ? "10115" : "50667");
            organisations.describe(organisation.id(), new Organisations.Description(null,
                    "Seitenprobe: Sprachkurse und Begegnung für Familien.",
                    List.of(languages.get(i), languages.get(i + 5), languages.get(i + 10), languages.get(i + 15)),
                    List.of(countries.get(i), countries.get(i + 5), countries.get(i + 10), countries.get(i + 15)),
                    List.of(ThematicField.values()[i % ThematicField.values().length],
                            ThematicField.values()[(i + 3) % ThematicField.values().length]),
                    List.of(PartnerRole.values()[i % PartnerRole.values().length]), List.of(), 10, 5, i % 3, i % 2 == 0,
                    i % 4 == 0 ? Visibility.PRIVATE : Visibility.PUBLIC), "Test");
        }
        for (String url : List.of("/organisations?q=Seitenprobe", "/organisations?q=Seitenprobe&page=2",
                "/organisations", "/organisations?near=10115&radius=250&sort=DISTANCE",
                "/organisations?q=Seitenprobe&all=language")) {
            MockHttpServletResponse response = get(url, DemoUsers.COORDINATOR);
            int bytes = response.getContentAsByteArray().length;
            assertThat(bytes).as("HTML size of %s", url).isLessThanOrEqualTo(60 * 1024);
        }
        String page = get("/organisations?q=Seitenprobe", DemoUsers.COORDINATOR).getContentAsString();
        assertThat(page).contains("25 Treffer");
        assertThat(Pattern.compile("<li class=\"kern-card hit\"").matcher(page).results().count()).isEqualTo(20);
        assertThat(Pattern.compile("name=\"language\"").matcher(page).results().count())
                .isEqualTo(DirectoryController.FACET_SIZE);
        assertThat(page).contains("Sprachen: alle 40 zeigen");
        String all = get("/organisations?q=Seitenprobe&all=language", DemoUsers.COORDINATOR).getContentAsString();
        assertThat(Pattern.compile("name=\"language\"").matcher(all).results().count()).isEqualTo(40);
        assertThat(Pattern.compile("name=\"community\"").matcher(all).results().count())
                .isEqualTo(DirectoryController.FACET_SIZE);
    }

    private int version(String id) {
        return jdbc.sql("select version from organisation where id = cast(:id as uuid)").param("id", id)
                .query(Integer.class).single();
    }
}
