package de.bruecke.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.Languages;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The directory journeys in Chromium, in German and Arabic, on a phone and a desktop, with axe on every page on the
 * way. The person finds everything by the labels they read, in their language.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryJourneysTest {

    private static final String SEARCHED = "Brückenschlag Familienhilfe Potsdam e.V.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisations organisations;

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    BrowserContext context;
    Page page;
    Locale locale;
    String label;

    @BeforeAll
    void searchedOrganisation() {
        Organisation organisation = organisations.register(SEARCHED, OrganisationKind.MO, "14467");
        organisations.describe(organisation.id(), new Organisations.Description(null,
                "Familienhilfe für Menschen aus Afghanistan und Iran in Potsdam.", List.of("de", "fa"), List.of("AF", "IR"),
                List.of(ThematicField.FAMILY), List.of(), List.of(), 20, 6, 0, false, Visibility.PUBLIC), "Test");
    }

    /** Arabic first, so the demo accounts end up with German saved as their language, as seeded. */
    Stream<Arguments> devices() {
        return Stream.of(Arguments.of("ar", 1280), Arguments.of("ar", 375), Arguments.of("de", 375),
                Arguments.of("de", 1280));
    }

    private void open(String language, int width) {
        locale = Locale.forLanguageTag(language);
        label = language + " " + width + "px";
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(width, 900));
        page = context.newPage();
        page.navigate(url("/?lang=" + language));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private void checked(String what) {
        assertThat(page.locator("html")).hasAttribute("lang", locale.getLanguage());
        Browsers.assertAccessible(page, what + " [" + label + "]");
    }

    private void signIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel(t("field.email")).fill(email);
        page.getByLabel(t("field.password"), new Page.GetByLabelOptions().setExact(true)).fill(DemoUsers.PASSWORD);
        page.locator("#main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t("login.submit")))
                .click();
        assertThat(page).hasURL(url("/account"));
    }

    private Locator button(String name) {
        return page.locator("#main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("devices")
    void anMoAdminFillsTheProfileStepByStep(String language, int width) {
        open(language, width);
        String contact = "Journey " + language + width + " " + UUID.randomUUID().toString().substring(0, 8);
        try {
            signIn(DemoUsers.MO_ADMIN);
            page.navigate(url("/organisations/mine"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("mine.profile"))).first().click();
            assertThat(heading()).hasText("Kontakt e.V.");
            checked("own profile");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("profile.edit"))).click();

            Locator founded = page.getByLabel(t("profile.field.foundingYear"));
            founded.fill("3000");
            founded.press("Tab");
            assertThat(page.locator("#foundingYear-error")).containsText("1800");
            assertThat(founded).hasAttribute("aria-invalid", "true");
            assertThat(founded).hasValue("3000");
            checked("basics with an inline message");
            founded.fill("1998");
            founded.press("Tab");
            assertThat(page.locator("#foundingYear-error")).hasCount(0);
            page.getByLabel(t("profile.field.website")).fill("kontakt-schwerin.example");
            button(t("profile.saveNext")).click();

            assertThat(heading()).containsText("Kontakt e.V.");
            assertThat(page.locator("[aria-current=step]")).containsText(t("profile.step.REACH"));
            checked("reach");
            page.getByLabel(t("profile.field.radiusKm"), new Page.GetByLabelOptions().setExact(true)).fill("30");
            button(t("profile.saveNext")).click();

            assertThat(page.locator("[aria-current=step]")).containsText(t("profile.step.CAPACITY"));
            checked("capacity");
            page.getByLabel(t("profile.field.volunteers")).fill("14");
            page.getByLabel(t("profile.field.paidStaffFte")).fill("1,5");
            button(t("profile.saveNext")).click();

            assertThat(page.locator("[aria-current=step]")).containsText(t("profile.step.CONTACTS"));
            checked("contacts");
            Locator newPerson = page.locator("fieldset.repeat").last();
            newPerson.getByLabel(t("profile.contact.Name"), new Locator.GetByLabelOptions().setExact(true))
                    .fill(contact);
            newPerson.getByLabel(t("profile.contact.Function"), new Locator.GetByLabelOptions().setExact(true))
                    .fill("Vorstand");
            newPerson.getByLabel(t("profile.contact.Email"), new Locator.GetByLabelOptions().setExact(true))
                    .fill("journey@kontakt-schwerin.example");
            button(t("profile.saveNext")).click();

            assertThat(page.locator("[aria-current=step]")).containsText(t("profile.step.VISIBILITY"));
            checked("visibility");
            page.getByLabel(t("visibility.PUBLIC")).check();
            button(t("profile.finish")).click();

            assertThat(heading()).hasText("Kontakt e.V.");
            assertThat(page.locator("#main")).containsText("https://kontakt-schwerin.example");
            assertThat(page.locator("#main")).containsText(contact);
            assertThat(page.locator("#main")).containsText(t("visibility.PUBLIC.badge"));
            checked("saved profile");
        }
        finally {
            jdbc.sql("delete from organisation_contact where name = :name").param("name", contact).update();
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("devices")
    void aVisitorSearchesByTextLanguageAndDistanceOpensAProfileAndSwitchesToTheMap(String language, int width) {
        open(language, width);
        page.navigate(url("/organisations"));
        checked("directory");
        page.getByLabel(t("directory.q")).fill("Brückenschlag");
        page.getByLabel(t("directory.q")).press("Enter");
        assertThat(page).hasURL(Pattern.compile("q=Br"));
        Locator hits = page.locator(".hit-list");
        assertThat(hits.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SEARCHED))).isVisible();

        String persian = languages.find("fa").orElseThrow().name(locale);
        page.getByLabel(persian).check();
        assertThat(page).hasURL(Pattern.compile("language=fa"));
        assertThat(hits.getByRole(AriaRole.LINK)).hasCount(1);
        checked("directory by text and language");

        page.getByLabel(t("directory.near")).fill("14467");
        page.getByLabel(t("directory.radius")).selectOption("25");
        button(t("directory.submit")).click();
        assertThat(page).hasURL(Pattern.compile("near=14467"));
        for (String part : t("directory.distance", "\n").split("\n")) {
            if (!part.isBlank()) {
                assertThat(hits).containsText(part.strip());
            }
        }
        checked("directory by distance");

        hits.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SEARCHED)).click();
        assertThat(heading()).hasText(SEARCHED);
        checked("profile");

        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("directory.map.view.map")).setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/organisations/map\\?.*language=fa.*near=14467"));
        assertThat(page.locator("svg[role=img]")).isVisible();
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Brandenburg")))
                .containsText("1");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Berlin"))).containsText("0");
        checked("map");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("devices")
    void networkStaffVerifiesAProfileInTheirArea(String language, int width) {
        String name = "Prüfstein " + language + width + " " + UUID.randomUUID().toString().substring(0, 6) + " e.V.";
        Organisation organisation = organisations.register(name, OrganisationKind.MO, "10115");
        organisations.describe(organisation.id(), new Organisations.Description(null, "Nachbarschaftshilfe in Mitte.",
                List.of("de", "ar"), List.of("SY"), List.of(ThematicField.SOCIAL_COUNSELLING), List.of(), List.of(),
                12, 4, 0, false, Visibility.PRIVATE), "Test");
        open(language, width);
        signIn(DemoUsers.NETWORK_STAFF);
        page.navigate(url("/organisations"));
        page.getByLabel(t("directory.q")).fill(name);
        page.getByLabel(t("directory.q")).press("Enter");
        assertThat(page).hasURL(Pattern.compile("q=Pr"));
        page.locator(".hit-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        assertThat(heading()).hasText(name);
        assertThat(page.locator(".badges")).not().containsText("Nina Netzwerk");
        checked("profile before verification");

        button(t("profile.verify")).click();
        assertThat(page.locator("#main")).containsText(t("profile.verified.done"));
        assertThat(page.locator(".badges .kern-badge--success")).containsText("Nina Netzwerk");
        assertThat(button(t("profile.verify.again"))).isVisible();
        checked("verified profile");
    }
}
