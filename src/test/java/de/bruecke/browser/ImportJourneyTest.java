package de.bruecke.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator imports a CSV file with some bad rows and downloads the rejected ones, checked with axe on each page. */
@IntegrationTest
@Tag("browser")
class ImportJourneyTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({ "de, 1280", "de, 375", "ar, 1280", "ar, 375" })
    void coordinatorImportsACsvAndDownloadsTheRejectedRows(String language, int width) throws Exception {
        String base = "http://localhost:" + port;
        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name;PLZ;Sprachen;Gründungsjahr\r\n"
                + "Brückenbauer " + u + ";10117;Arabisch, Deutsch;2012\r\n"
                + "Nachbarschaftshilfe " + u + ";;Türkisch;2001\r\n"
                + "Elterninitiative " + u + ";04109;Deutsch;zweitausend\r\n"
                + "Sprachpaten " + u + ";50667;Deutsch;2019\r\n";
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setLocale(language).setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate(base + "/?lang=" + language);
            AccessibilityTest.signIn(page, base, DemoUsers.COORDINATOR);

            page.navigate(base + "/organisations");
            page.locator("#main a[href='/organisations/import']").click();
            assertThat(page.locator("html")).hasAttribute("lang", language);
            Browsers.assertAccessible(page, "import start [" + language + "]");

            page.locator("#main form[enctype] button[type=submit]").click();
            assertThat(page.locator("#file-error")).isVisible();
            Browsers.assertAccessible(page, "import without a file [" + language + "]");

            page.locator("#file").setInputFiles(new FilePayload("vereine.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            page.locator("#main form[enctype] button[type=submit]").click();
            page.waitForURL("**/mapping");
            assertThat(page.locator("#column-1")).hasValue("POSTCODE");
            assertThat(page.locator("#column-3")).hasValue("FOUNDING_YEAR");
            Browsers.assertAccessible(page, "import mapping [" + language + "]");

            page.locator("#main form button[type=submit]").click();
            page.waitForURL("**/preview");
            assertThat(page.locator(".import-row")).hasCount(4);
            assertThat(page.locator(".import-row .kern-badge--danger")).hasCount(2);
            Browsers.assertAccessible(page, "import preview [" + language + "]");

            page.locator("#main form.import-start button[type=submit]").click();
            assertThat(page.locator("#import-status .kern-alert--success")).isVisible();
            assertThat(page.locator("#import-progress")).hasAttribute("value", "100");
            assertThat(page.locator(".import-row")).hasCount(2);
            Browsers.assertAccessible(page, "import finished [" + language + "]");
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("no horizontal scrolling").isTrue();

            Download download = page.waitForDownload(() -> page.locator("a[href$='/rejected.csv']").click());
            Path file = download.path();
            String rejected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(rejected).startsWith("\uFEFF");
            String[] lines = rejected.substring(1).split("\r\n");
            assertThat(lines).hasSize(3);
            assertThat(lines[0]).endsWith(";Name;PLZ;Sprachen;Gründungsjahr");
            assertThat(lines[1]).contains("Nachbarschaftshilfe " + u + ";;Türkisch;2001");
            assertThat(lines[2]).contains("Elterninitiative " + u + ";04109;Deutsch;zweitausend");
            if (language.equals("de")) {
                assertThat(lines[1]).startsWith("Zeile 3: Spalte „PLZ“: Bitte füllen Sie dieses Feld aus.");
                assertThat(lines[2]).startsWith("Zeile 4: Spalte „Gründungsjahr“: ");
            }

            page.locator(".import-tabs a").first().click();
            assertThat(page.locator(".import-row a")).hasCount(2);
            page.locator(".import-row a").first().click();
            assertThat(page.locator("h1")).containsText("Brückenbauer " + u);
        }
    }
}
