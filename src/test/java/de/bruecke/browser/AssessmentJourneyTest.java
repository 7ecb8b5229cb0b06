package de.bruecke.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs assessment as Kontakt e.V. lives it, on phones: the admin starts a round and invites two members, both
 * answer (one in German, one in Arabic), the admin closes and reads the radar chart and the table; a year later a
 * second round shows the progress. axe checks every page on the way.
 */
@IntegrationTest
@Tag("browser")
class AssessmentJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page phone(String email, String language) {
        BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale(language).setViewportSize(375, 800));
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(url("/login?lang=" + language));
        page.locator("#email").fill(email);
        page.locator("#password").fill(DemoUsers.PASSWORD);
        page.locator("#main form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/account");
        return page;
    }

    static void accessible(Page page, String label) {
        Browsers.assertAccessible(page, label);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling on %s", label).isTrue();
    }

    /** Answers every item of the screen with the given level (htmx saves each change), proposes a priority, goes on. */
    static void answerScreen(Page page, int level, String priority) {
        Locator items = page.locator("fieldset.assessment-item:not(.assessment-priority)");
        int count = items.count();
        assertThat(count).isBetween(3, 5);
        for (int i = 0; i < count; i++) {
            Locator choice = items.nth(i).locator("input[type=radio]").nth(level - 1);
            page.waitForResponse(response -> response.url().contains("/answers/")
                    && "POST".equals(response.request().method()), choice::check);
        }
        page.waitForResponse(response -> response.url().contains("/answers/"),
                () -> page.locator("#priority-" + priority).check());
        assertThat(page.locator("#save-status")).not().isEmpty();
        page.locator("button[name=go][value=next]").click();
    }

    @Test
    void aRoundFromStartToResultsAndProgressAYearLater() {
        String kontakt = DemoUsers.kontaktId(jdbc);
        jdbc.sql("delete from assessment_round where organisation_id = cast(:o as uuid)").param("o", kontakt).update();
        String second = "zweites-mitglied-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(second, "Zara Zweite", DemoUsers.PASSWORD, Locale.forLanguageTag("ar"),
                List.of(new RoleGrant(Role.MO_MEMBER, UUID.fromString(kontakt), null)));

        // The admin starts a round and invites two members.
        Page admin = phone(DemoUsers.MO_ADMIN, "de");
        admin.navigate(url("/organisations/mine"));
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedarfsermittlung")).click();
        assertThat(admin.locator("h1")).hasText("Bedarfsermittlung: Kontakt e.V.");
        accessible(admin, "assessment overview without rounds");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Runde beginnen")).click();
        assertThat(admin.locator("#main")).containsText("Die Runde hat begonnen.");
        accessible(admin, "inviting respondents");
        admin.getByLabel("Mehmet Mitglied").check();
        admin.getByLabel("Zara Zweite").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladen")).click();
        assertThat(admin.locator("#main")).containsText("Die Einladungen sind verschickt.");
        assertThat(admin.locator("table")).containsText("Mehmet Mitglied");
        assertThat(admin.locator("table")).containsText("Zara Zweite");
        accessible(admin, "overview with respondents");
        String overview = admin.url();

        // The first member answers three areas, leaves, comes back where they stopped and finishes.
        Page member = phone(DemoUsers.MO_MEMBER, "de");
        member.navigate(url("/organisations/mine"));
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedarfsermittlung")).click();
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fragen beantworten")).click();
        assertThat(member.locator("h1")).hasText("Verein und Satzung");
        assertThat(member.locator("#main")).containsText("Wenn Sie zwischen zwei Stufen schwanken, wählen Sie die niedrigere.");
        accessible(member, "first answer screen");
        Locator firstItem = member.locator("fieldset.assessment-item").first();
        member.waitForResponse(r -> r.url().contains("/answers/"), () -> firstItem.getByText("Weiß ich nicht").click());
        assertThat(member.locator("#save-status")).hasText("Antwort auf Frage 1 gespeichert.");
        for (int screen = 0; screen < 3; screen++) {
            answerScreen(member, 1, "HIGH");
        }
        member.navigate(overview);
        assertThat(member.locator("#main")).containsText("3 von 8 Bereichen fertig");
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weiter beantworten")).click();
        assertThat(member.locator("h1")).hasText("Projektmanagement");
        for (int screen = 3; screen < 8; screen++) {
            answerScreen(member, 1, "HIGH");
        }
        assertThat(member.locator("h1")).hasText("Danke für Ihre Antworten");
        accessible(member, "done");

        // The second member answers in Arabic: the questionnaire shows German, marked, right to left around it.
        Page arabic = phone(second, "ar");
        arabic.navigate(overview);
        assertThat(arabic.locator("html")).hasAttribute("dir", "rtl");
        arabic.locator("#main a[href$='/answers']").click();
        assertThat(arabic.locator("#main")).containsText("(بالألمانية فقط)");
        accessible(arabic, "answer screen in Arabic");
        for (int screen = 0; screen < 8; screen++) {
            answerScreen(arabic, 4, "LOW");
        }
        assertThat(arabic.locator("h1")).hasText("شكرًا على إجاباتكم");
        accessible(arabic, "done in Arabic");

        // The admin closes with agreed priorities and reads the results.
        admin.navigate(overview);
        assertThat(admin.locator("table")).containsText("Fertig");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
        assertThat(admin.locator("#main")).containsText("2 von 3 Teilnehmenden haben alle Fragen beantwortet.");
        assertThat(admin.locator("#main")).not().containsText("keine gemeinsame Sicht");
        accessible(admin, "closing");
        assertThat(admin.locator("#priority-finance-HIGH")).isChecked();
        admin.locator("#priority-governance-LOW").check();
        admin.locator("#priority-staff-MEDIUM").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
        assertThat(admin.locator("h1")).hasText("Ergebnisse der Bedarfsermittlung");
        assertThat(admin.locator("svg[role=img] polygon.radar-current")).isVisible();
        assertThat(admin.locator("svg[role=img] text.radar-label")).hasCount(8);
        assertThat(admin.locator("table.results-table tbody tr")).hasCount(8);
        assertThat(admin.locator("#row-3")).containsText("Sehr wichtig");
        assertThat(admin.locator("#row-3")).containsText("Ihre Sichtweisen unterscheiden sich — sprechen Sie darüber");
        assertThat(admin.locator(".top-needs li").first()).containsText("Finanzen und Fördermittel");
        assertThat(admin.locator("#main")).containsText("Dies ist Ihre erste abgeschlossene Runde.");
        accessible(admin, "results");

        // A year later: a second round, answered by the admin alone, shows the change per area.
        jdbc.sql("""
                update assessment_round set started_at = started_at - interval '1 year',
                    closed_at = closed_at - interval '1 year' where organisation_id = cast(:o as uuid)""")
                .param("o", kontakt).update();
        admin.navigate(overview);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Runde beginnen")).click();
        admin.navigate(overview);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fragen beantworten")).click();
        for (int screen = 0; screen < 8; screen++) {
            answerScreen(admin, 3, "MEDIUM");
        }
        admin.navigate(overview);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
        assertThat(admin.locator("#main")).containsText("Ergebnisse einer Person sind keine gemeinsame Sicht — trotzdem abschließen?");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
        assertThat(admin.locator("#main")).containsText("Bitte bestätigen Sie");
        accessible(admin, "closing with one response, not confirmed");
        admin.getByLabel("Ja, trotzdem mit nur einer vollständigen Antwort abschließen").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Runde abschließen")).click();
        assertThat(admin.locator("h1")).hasText("Ergebnisse der Bedarfsermittlung");
        assertThat(admin.locator("#main")).containsText("Veränderung seit der Runde vom");
        assertThat(admin.locator("table.comparison-table")).containsText("Verbessert");
        assertThat(admin.locator("svg[role=img] polygon.radar-previous")).isVisible();
        accessible(admin, "results with progress");
        admin.setViewportSize(1280, 900);
        accessible(admin, "results with progress at 1280 px");
    }
}
