package de.bruecke.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import de.bruecke.organisation.importing.ImportJobFixtures;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.QuestionnaireFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page, in German and Arabic, at desktop and phone width: zero axe-core WCAG A/AA violations. */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Stream<Arguments> pages() {
        String kontakt = DemoUsers.kontaktId(jdbc);
        String adminId = jdbc.sql("select id::text from account_user where email = :e").param("e", DemoUsers.ADMIN)
                .query(String.class).single();
        String network = jdbc.sql("select id::text from region_network order by name limit 1").query(String.class).single();
        String resetToken = token();
        jdbc.sql("""
                insert into account_token (token_hash, user_id, purpose, expires_at)
                values (sha256(convert_to(:t, 'UTF8')), (select id from account_user where email = :e), 'RESET_PASSWORD',
                        now() + interval '1 day')""").param("t", resetToken).param("e", DemoUsers.EXPERT).update();
        String invitationToken = token();
        jdbc.sql("""
                insert into account_invitation (id, organisation_id, email, role, token_hash, expires_at)
                values (gen_random_uuid(), cast(:o as uuid), :e, 'MO_MEMBER', sha256(convert_to(:t, 'UTF8')),
                        now() + interval '1 day')""")
                .param("o", kontakt).param("e", "a11y-" + UUID.randomUUID() + "@example.org").param("t", invitationToken)
                .update();
        String mail = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into notification_mail (id, recipient, subject, text_body, html_body)
                values (cast(:id as uuid), 'a11y@example.org', 'Neues Passwort für Brücke',
                        'Hallo,\n\nhttp://localhost:8080/password/reset?token=abc\n', '<p>Hallo</p>')""")
                .param("id", mail).update();
        failedEventPublication();
        int draft = jdbc.sql("select coalesce(max(version), 1) + 1 from assessment_questionnaire_version").query(Integer.class)
                .single();
        jdbc.sql("""
                insert into assessment_questionnaire_version (id, version, source, status, uploaded_by, uploaded_at)
                values (gen_random_uuid(), :v, :source, 'DRAFT', 'Barrierefreiheit', now())""")
                .param("v", draft).param("source", QuestionnaireFiles.edited(draft, tree ->
                        QuestionnaireFiles.item(tree, 0, 0).put("question", java.util.Map.of("de", "Nur Deutsch?"))))
                .update();
        List<String[]> pages = new ArrayList<>();
        for (String path : List.of("/", "/imprint", "/privacy", "/accessibility", "/plain-language", "/sources",
                "/login", "/login?error=unconfirmed", "/register", "/register/sent", "/register/confirm?token=invalid",
                "/password/forgot", "/password/reset?token=invalid", "/password/reset?token=" + resetToken,
                "/invitations/accept?token=invalid", "/invitations/accept?token=" + invitationToken,
                "/account/email/confirm?token=invalid", "/gibt-es-nicht", "/organisations",
                "/organisations?q=Beratung&language=tr&near=Berlin&radius=250&sort=DISTANCE",
                "/organisations?near=Atlantis", "/organisations/" + kontakt, "/organisations/map",
                "/organisations/map?q=Beratung&language=tr&near=Berlin&radius=250")) {
            pages.add(new String[] { null, path });
        }
        for (String path : List.of("/account", "/organisations/mine", "/organisations/" + kontakt + "/members",
                "/organisations/" + kontakt + "/edit/basics", "/organisations/" + kontakt + "/edit/reach",
                "/organisations/" + kontakt + "/edit/capacity", "/organisations/" + kontakt + "/edit/contacts",
                "/organisations/" + kontakt + "/edit/visibility", "/organisations/" + kontakt + "/history",
                "/organisations/" + kontakt + "/entry-survey")) {
            pages.add(new String[] { DemoUsers.MO_ADMIN, path });
        }
        var assessments = de.bruecke.assessment.round.SampleRounds.create(context);
        for (String path : assessments.pages()) {
            pages.add(new String[] { assessments.admin(), path });
        }
        pages.add(new String[] { DemoUsers.NETWORK_STAFF, "/networks/assessments" });
        pages.add(new String[] { DemoUsers.NETWORK_STAFF, de.bruecke.assessment.round.SampleRounds.sharedInBerlin(context) });
        pages.add(new String[] { DemoUsers.COORDINATOR, "/networks/assessments" });
        pages.add(new String[] { DemoUsers.COORDINATOR, "/networks/" + network + "/assessments" });
        for (String path : importPages()) {
            pages.add(new String[] { DemoUsers.COORDINATOR, path });
        }
        for (String path : List.of("/admin/users", "/admin/users/" + adminId, "/admin/organisations", "/admin/networks",
                "/admin/networks/new", "/admin/networks/" + network, "/admin/outbox", "/admin/outbox/" + mail,
                "/admin/events")) {
            pages.add(new String[] { DemoUsers.ADMIN, path });
        }
        for (String path : List.of("/admin/questionnaires", "/admin/questionnaires/1",
                "/admin/questionnaires/" + draft,
                "/admin/questionnaires/" + draft + "/publish", "/admin/questionnaires/" + draft + "/delete")) {
            pages.add(new String[] { DemoUsers.COORDINATOR, path });
        }
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("de", "ar")) {
            for (int width : new int[] { 1280, 375 }) {
                cases.add(Arguments.of(language, width, pages));
            }
        }
        return cases.stream();
    }

    /** An event whose listener keeps failing, so {@code /admin/events} shows its table and not the empty state. */
    private void failedEventPublication() {
        UUID probe = UUID.randomUUID();
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(
                status -> context.publishEvent(new de.bruecke.support.RedeliveryProbe(probe, Integer.MAX_VALUE)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from event_publication where serialized_event like :probe and status = 'FAILED'""")
                .param("probe", "%" + probe + "%").query(Long.class).single() == 1);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pages")
    void everyPageHasNoViolations(String language, int width, List<String[]> pages) {
        Browser browser = Browsers.chromium();
        String base = "http://localhost:" + port;
        String signedInAs = "";
        BrowserContext context = null;
        Page page = null;
        try {
            for (String[] entry : pages) {
                String who = entry[0] == null ? "" : entry[0];
                if (context == null || !who.equals(signedInAs)) {
                    if (context != null) {
                        context.close();
                    }
                    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                            .setLocale(language));
                    page = context.newPage();
                    page.navigate(base + "/?lang=" + language);
                    if (!who.isEmpty()) {
                        signIn(page, base, who);
                    }
                    signedInAs = who;
                }
                page.navigate(base + entry[1]);
                assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                Browsers.assertAccessible(page, entry[1] + " [" + language + ", " + width + "px]");
                assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                        .as("no horizontal scrolling on %s at %d px", entry[1], width).isTrue();
            }
        }
        finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** The import pages of a coordinator: start, sheet choice, mapping, preview, and a finished job. */
    private List<String> importPages() {
        var imports = ImportJobFixtures.of(context);
        String coordinator = jdbc.sql("select id::text from account_user where email = :e")
                .param("e", DemoUsers.COORDINATOR).query(String.class).single();
        UUID draft = imports.mappedDraft(coordinator, "Kai Koordination", "barrierefrei.csv",
                "Name;PLZ;Sprachen\r\nBarrierefrei e.V.;10117;de\r\nOhne Postleitzahl;;tr\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        UUID sheets = imports.waitingForSheet(coordinator, "Kai Koordination", "barrierefrei.xlsx",
                twoSheetWorkbook());
        UUID done = imports.finishedWithEveryRowRejected(coordinator, "Kai Koordination", "barrierefrei.csv",
                "Name;PLZ\r\nA;\r\nB;1\r\n".getBytes(StandardCharsets.UTF_8));
        return List.of("/organisations/import", "/organisations/import/" + sheets + "/sheet",
                "/organisations/import/" + draft + "/mapping", "/organisations/import/" + draft + "/preview",
                "/organisations/import/" + done);
    }

    private static byte[] twoSheetWorkbook() {
        try {
            var out = new java.io.ByteArrayOutputStream();
            var workbook = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
            workbook.newWorksheet("Hinweise").value(0, 0, "Hinweis");
            var sheet = workbook.newWorksheet("Organisationen");
            sheet.value(0, 0, "Name");
            sheet.value(0, 1, "PLZ");
            sheet.value(1, 0, "Barrierefrei e.V.");
            sheet.value(1, 1, "10117");
            workbook.finish();
            return out.toByteArray();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void signIn(Page page, String base, String email) {
        page.navigate(base + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(DemoUsers.PASSWORD);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/account");
    }
}
