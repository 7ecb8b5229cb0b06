package de.bruecke.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.QuestionnaireFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator uploads a broken questionnaire, sees every problem, fixes it, checks the preview and publishes it; a
 * member of Kontakt e.V. answers the entry survey. In German and Arabic, on a desktop and a phone, checked with axe.
 */
@IntegrationTest
@Tag("browser")
class QuestionnaireJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Questionnaires questionnaires;

    @TempDir
    Path files;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({ "de, 375", "de, 1280", "ar, 375", "ar, 1280" })
    void coordinatorPublishesAVersionAndAMemberAnswersTheEntrySurvey(String language, int width) throws Exception {
        String base = "http://localhost:" + port;
        int version = jdbc.sql("select coalesce(max(version), 1) + 1 from assessment_questionnaire_version")
                .query(Integer.class).single();
        try (BrowserContext context = open(language, width)) {
            Page page = context.newPage();
            page.navigate(base + "/?lang=" + language);
            AccessibilityTest.signIn(page, base, DemoUsers.COORDINATOR);

            page.navigate(base + "/admin/questionnaires");
            check(page, "questionnaire list", language, width);
            page.setInputFiles("#file", file("broken.yaml", QuestionnaireFiles.edited(version, tree -> {
                QuestionnaireFiles.levels(tree, 0, 1).remove(3);
                QuestionnaireFiles.item(tree, 0, 2).put("code", "GOVERNANCE.STATUTES");
            })));
            page.locator("form[enctype] button[type=submit]").click();
            assertThat(page.locator("#upload-error")).isVisible();
            assertThat(page.locator("#problems tbody tr")).hasCount(2);
            assertThat(page.locator("#problems")).containsText("GOVERNANCE.BOARD");
            if (language.equals("de")) {
                assertThat(page.locator("#problems")).containsText("Für Stufe 3 fehlt der Text auf Deutsch (de).");
                assertThat(page.locator("#problems")).containsText("Der Code „GOVERNANCE.STATUTES“ kommt mehrmals vor.");
            }
            check(page, "upload with problems", language, width);

            page.setInputFiles("#file", file("fixed.yaml", QuestionnaireFiles.edited(version, tree ->
                    QuestionnaireFiles.item(tree, 2, 0).put("question",
                            Map.of("de", "Wie führen Sie Ihre Bücher?")))));
            page.locator("form[enctype] button[type=submit]").click();
            page.waitForURL("**/admin/questionnaires/" + version);
            assertThat(page.locator("h1")).containsText(String.valueOf(version));
            assertThat(page.locator(".kern-badge--warning").first()).isVisible();
            page.locator("summary").nth(2).click();
            assertThat(page.getByText("Wie führen Sie Ihre Bücher?")).isVisible();
            check(page, "draft preview", language, width);

            page.locator(".q-actions a.kern-btn--primary").click();
            page.waitForURL("**/admin/questionnaires/" + version + "/publish");
            check(page, "publish confirmation", language, width);
            page.locator("#main form button[type=submit]").click();
            page.waitForURL("**/admin/questionnaires/" + version);
            assertThat(page.locator(".q-actions a.kern-btn--primary")).hasCount(0);
            assertThat(questionnaires.current().version()).isEqualTo(version);
            screenshot(page, "questionnaire-published", language, width);
        }

        try (BrowserContext context = open(language, width)) {
            Page page = context.newPage();
            page.navigate(base + "/?lang=" + language);
            AccessibilityTest.signIn(page, base, DemoUsers.MO_MEMBER);
            jdbc.sql("delete from assessment_entry_survey_response where organisation_id = cast(:o as uuid)")
                    .param("o", DemoUsers.kontaktId(jdbc)).update();
            String survey = base + "/organisations/" + DemoUsers.kontaktId(jdbc) + "/entry-survey";
            page.navigate(survey);
            check(page, "entry survey", language, width);

            page.locator("form.survey button[type=submit]").click();
            assertThat(page.locator("#survey-errors li")).hasCount(4);
            check(page, "entry survey with errors", language, width);

            for (String option : List.of("GOALS-FIRST_PROJECT", "GOALS-FUNDING", "PAID_STAFF-YES",
                    "ROLES-INFORMATION_BROKER", "FIRST_DIMENSION-FINANCE")) {
                if (!page.locator("#q-" + option).isChecked()) {
                    page.locator("label[for='q-" + option + "']").click();
                }
            }
            page.locator("#q-REMARK").fill("Wir suchen Räume für Beratung.");
            page.locator("form.survey button[type=submit]").click();
            page.waitForURL(survey);
            assertThat(page.locator("#main .kern-alert--success")).isVisible();
            assertThat(page.locator("#q-PAID_STAFF-YES")).isChecked();
            screenshot(page, "entry-survey-saved", language, width);

            page.navigate(base + "/organisations/" + DemoUsers.kontaktId(jdbc));
            assertThat(page.locator("#entry-survey-heading")).isVisible();
            assertThat(page.locator(".entry-survey-summary")).containsText("Wir suchen Räume für Beratung.");
            check(page, "profile with entry survey", language, width);
        }
    }

    private BrowserContext open(String language, int width) {
        return Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                .setLocale(language));
    }

    private Path file(String name, String text) throws Exception {
        Path path = files.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static void check(Page page, String label, String language, int width) {
        screenshot(page, label.replace(' ', '-'), language, width);
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        Browsers.assertAccessible(page, label + " [" + language + ", " + width + "px]");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling on %s at %d px", label, width).isTrue();
    }

    /** With BRUECKE_SCREENSHOTS set to a directory, keeps a full-page picture of each step there. */
    private static void screenshot(Page page, String name, String language, int width) {
        String directory = System.getenv("BRUECKE_SCREENSHOTS");
        if (directory != null && !directory.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(directory, name + "-" + language + "-" + width + ".png")));
        }
    }
}
