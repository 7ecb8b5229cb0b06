package de.bruecke.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.bruecke.assessment.round.SampleRounds;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a round closed, on phones: the admin writes the action plan (a date in the past is explained, nothing typed
 * is lost), shares the results with the network, and the network staff of Berlin reads them in Arabic from the area
 * page — with the plan, without any individual answer. axe checks every page on the way.
 */
@IntegrationTest
@Tag("browser")
class AssessmentFollowUpJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page phone(String email, String language) {
        BrowserContext browser = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale(language).setViewportSize(375, 800));
        contexts.add(browser);
        Page page = browser.newPage();
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

    @Test
    void theAdminPlansAndSharesAndTheNetworkReadsIt() {
        var sample = SampleRounds.closedInBerlin(context);
        String results = sample.pages().get(0);
        String name = sample.pages().get(1);

        Page admin = phone(sample.admin(), "de");
        admin.navigate(url(results));
        assertThat(admin.locator("#plan-heading")).hasText("Maßnahmenplan");
        assertThat(admin.locator("#main")).containsText("Es gibt noch keinen Maßnahmenplan.");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maßnahmenplan schreiben")).click();
        assertThat(admin.locator("h1")).hasText("Maßnahmenplan");
        assertThat(admin.locator("#plan-governance-pick")).isChecked();
        assertThat(admin.locator("#plan-staff-pick")).isChecked();
        assertThat(admin.locator("#plan-finance-pick")).isChecked();
        assertThat(admin.locator("#plan-projects-pick")).not().isChecked();
        accessible(admin, "new action plan");

        admin.locator("#plan-staff-pick").uncheck();
        admin.locator("#plan-governance-pick").uncheck();
        admin.locator("#plan-finance-goal").fill("Wir stellen bis Herbst einen ersten Förderantrag.");
        admin.locator("#plan-finance-step").fill("Termin bei der Beratung des Netzwerks vereinbaren");
        admin.locator("#plan-finance-responsible").fill("Kassenwartin Leyla");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();
        admin.locator("#follow-up").fill(yesterday);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maßnahmenplan speichern")).click();
        assertThat(admin.locator("#follow-up-error")).containsText("Der Folgetermin muss in der Zukunft liegen.");
        assertThat(admin.locator("#plan-finance-goal")).hasValue("Wir stellen bis Herbst einen ersten Förderantrag.");
        assertThat(admin.locator("#follow-up")).hasAttribute("aria-invalid", "true");
        accessible(admin, "action plan with a date in the past");

        admin.locator("#follow-up").fill(LocalDate.now(ZoneId.of("Europe/Berlin")).plusYears(1).toString());
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maßnahmenplan speichern")).click();
        assertThat(admin.locator("#main")).containsText("Der Maßnahmenplan ist gespeichert.");
        assertThat(admin.locator(".plan-list")).containsText("Wir stellen bis Herbst einen ersten Förderantrag.");
        assertThat(admin.locator(".plan-list")).containsText("Kassenwartin Leyla");
        assertThat(admin.locator("#main")).containsText("Nicht geteilt. Nur Ihre Organisation sieht die Ergebnisse.");
        accessible(admin, "results with the plan");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mit dem Netzwerk teilen")).click();
        assertThat(admin.locator("#main")).containsText("Die Ergebnisse sind jetzt mit dem Netzwerk geteilt.");
        assertThat(admin.locator("#main")).containsText("Geteilt seit");
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teilen zurücknehmen")))
                .isVisible();

        Page network = phone(DemoUsers.NETWORK_STAFF, "ar");
        network.navigate(url("/"));
        network.locator("nav.site-nav a[href='/networks/assessments']").click();
        assertThat(network.locator("html")).hasAttribute("dir", "rtl");
        assertThat(network.locator("h1")).containsText("IQ");
        assertThat(network.locator("table.area-table tbody tr")).hasCount(8);
        accessible(network, "area figures in Arabic");
        network.locator("#shared-heading + ul a", new Page.LocatorOptions().setHasText(name)).click();
        assertThat(network.locator("h1")).isVisible();
        assertThat(network.locator(".plan-list")).containsText("Wir stellen bis Herbst einen ersten Förderantrag.");
        assertThat(network.locator("#main")).not().containsText("Mit dem Netzwerk teilen");
        assertThat(network.locator("#main")).not().containsText("Mitglied 0");
        accessible(network, "shared results read by the network in Arabic");
        network.setViewportSize(1280, 900);
        accessible(network, "shared results at 1280 px");
    }
}
