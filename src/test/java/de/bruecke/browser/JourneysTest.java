package de.bruecke.browser;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.bruecke.support.Browsers;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole journeys through the real UI in Chromium, checked with axe along the way. */
@IntegrationTest
@Tag("browser")
class JourneysTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    de.bruecke.account.Accounts accounts;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(375, 800));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Outbox outbox() {
        return new Outbox(jdbc);
    }

    /** Signs in with German chosen on this device (otherwise the account's saved language would apply). */
    void signIn(String email, String password) {
        page.navigate(url("/login?lang=de"));
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.locator("#main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Anmelden")).click();
    }

    @Test
    void registerConfirmSignInAndSignOut() {
        String email = "browser-" + UUID.randomUUID() + "@verein.example";
        page.navigate(url("/"));
        page.locator("header").getByText("Registrieren").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen")).click();
        assertThat(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).isVisible();
        Browsers.assertAccessible(page, "registration with errors");

        page.getByLabel("Name").fill("Amina Beispiel");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Neues Passwort").fill("unser Verein hilft gern");
        page.getByText("Ich habe die Datenschutzhinweise gelesen.").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Bitte sehen Sie in Ihr E-Mail-Postfach");

        page.navigate(url(outbox().lastLinkTo(email)));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ihre E-Mail-Adresse ist bestätigt");

        signIn(email, "unser Verein hilft gern");
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("#main")).containsText(email);
        Browsers.assertAccessible(page, "account");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        assertThat(page.locator("#main")).containsText("Sie sind abgemeldet.");
        page.navigate(url("/account"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void resetAForgottenPassword() {
        String email = "reset-" + UUID.randomUUID() + "@verein.example";
        page.navigate(url("/register"));
        page.getByLabel("Name").fill("Vergesslich");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Neues Passwort").fill("das alte lange Passwort");
        page.getByText("Ich habe die Datenschutzhinweise gelesen.").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen")).click();
        page.navigate(url(outbox().lastLinkTo(email)));

        page.navigate(url("/login"));
        page.getByText("Passwort vergessen?").click();
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link senden")).click();
        assertThat(page.locator("#main")).containsText("Wenn ein Konto mit dieser Adresse besteht");

        String link = outbox().lastLinkTo(email);
        assertThat(link).startsWith("/password/reset?token=");
        page.navigate(url(link));
        Browsers.assertAccessible(page, "password reset form");
        page.getByLabel("Neues Passwort").fill("kurz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
        assertThat(page.locator("#main")).containsText("Das Passwort ist zu kurz");
        page.getByLabel("Neues Passwort").fill("ein ganz neues Passwort");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
        assertThat(page.locator("#main")).containsText("Ihr neues Passwort ist gespeichert");

        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("Dieser Link funktioniert nicht mehr");

        signIn(email, "ein ganz neues Passwort");
        assertThat(page).hasURL(url("/account"));
    }

    @Test
    void anMoAdminInvitesSomeoneWhoJoinsWithANewAccount() {
        String invitee = "eingeladen-" + UUID.randomUUID() + "@verein.example";
        signIn(DemoUsers.MO_ADMIN, DemoUsers.PASSWORD);
        page.navigate(url("/organisations/mine"));
        page.getByText("Mitglieder und Einladungen verwalten").click();
        assertThat(page.locator("h1")).hasText("Mitglieder von Kontakt e.V.");
        page.getByLabel("E-Mail-Adresse").fill(invitee);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Mitglied einer Migrantenorganisation")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden")).click();
        assertThat(page.locator("#main")).containsText("Die Einladung an " + invitee + " ist verschickt.");
        Browsers.assertAccessible(page, "members with pending invitation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();

        page.navigate(url(outbox().lastLinkTo(invitee)));
        assertThat(page.locator("#main")).containsText("Kontakt e.V.");
        Browsers.assertAccessible(page, "invitation");
        page.getByLabel("Name").fill("Neues Mitglied");
        page.getByLabel("Neues Passwort").fill("ich bin jetzt dabei");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen und Einladung annehmen")).click();
        assertThat(page.locator("#main")).containsText("Ihr Konto ist angelegt");

        signIn(invitee, "ich bin jetzt dabei");
        page.navigate(url("/organisations/mine"));
        assertThat(page.locator("#main")).containsText("Kontakt e.V.");
        assertThat(page.locator("#main")).containsText("Mitglied einer Migrantenorganisation");
    }

    @Test
    void theLanguageChoiceFollowsThePersonToAnotherDevice() {
        String email = "sprache-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(email, "Oksana", "мій довгий пароль", java.util.Locale.GERMAN, java.util.List.of());
        page.navigate(url("/login?lang=uk"));
        page.locator("#email").fill(email);
        page.locator("#password").fill("мій довгий пароль");
        page.locator("#main form[action='/login'] button").click();
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("html")).hasAttribute("lang", "uk");

        context.close();
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
        page = context.newPage();
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        page.locator("#email").fill(email);
        page.locator("#password").fill("мій довгий пароль");
        page.locator("#main form[action='/login'] button").click();
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
    }

    @Test
    void switchingToArabicMirrorsTheLayout() {
        context.close();
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1280, 900));
        page = context.newPage();
        page.navigate(url("/"));
        page.getByText("العربية").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        double brandLeft = page.locator(".site-brand").boundingBox().x;
        double accountLeft = page.locator(".site-account").boundingBox().x;
        assertThat(brandLeft).as("the product name starts on the right in Arabic").isGreaterThan(accountLeft);
        Browsers.assertAccessible(page, "start page in Arabic");

        page.navigate(url("/imprint"));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        page.getByText("Deutsch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator(".site-brand").boundingBox().x)
                .isLessThan(page.locator(".site-account").boundingBox().x);
    }
}
