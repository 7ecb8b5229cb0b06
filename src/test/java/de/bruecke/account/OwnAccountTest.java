package de.bruecke.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** A person changes their own password and e-mail address. */
@IntegrationTest
class OwnAccountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Cookie signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
        return result.getResponse().getCookie("BRUECKE_SESSION");
    }

    String newAccount(String password) {
        String email = "konto-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(email, "Konto", password, Locale.GERMAN, List.of());
        return email;
    }

    @Test
    void changePasswordNeedsTheCurrentOne() throws Exception {
        String email = newAccount("das erste lange Passwort");
        Cookie session = signIn(email, "das erste lange Passwort");
        mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", "falsch")
                .param("newPassword", "das zweite lange Passwort"))
                .andExpect(content().string(containsString("Das aktuelle Passwort stimmt nicht.")));
        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                .param("currentPassword", "das erste lange Passwort").param("newPassword", "qwertyqwerty"))
                .andExpect(content().string(containsString("sehr oft benutzt")));
        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                .param("currentPassword", "das erste lange Passwort").param("newPassword", "das zweite lange Passwort"));
        signIn(email, "das zweite lange Passwort");
    }

    @Test
    void changeEmailTakesEffectOnlyAfterConfirmation() throws Exception {
        String email = newAccount("ein langes Passwort hier");
        String newEmail = "neu-" + UUID.randomUUID() + "@verein.example";
        Cookie session = signIn(email, "ein langes Passwort hier");
        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("newEmail", "kaputt\r\n@x.de")
                .param("currentPassword", "ein langes Passwort hier"))
                .andExpect(content().string(containsString("gültige E-Mail-Adresse")));
        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("newEmail", newEmail)
                .param("currentPassword", "ein langes Passwort hier"));
        signIn(email, "ein langes Passwort hier");

        String link = new Outbox(jdbc).lastLinkTo(newEmail);
        mvc.perform(get(link)).andExpect(content().string(containsString("Ihre E-Mail-Adresse ist geändert")));
        signIn(newEmail, "ein langes Passwort hier");
        assertThat(new Outbox(jdbc).subjectsTo(email)).contains("Ihre E-Mail-Adresse bei Brücke wurde geändert");
        mvc.perform(get(link)).andExpect(content().string(containsString("funktioniert nicht mehr")));
    }

    @Test
    void anAddressTakenMeanwhileIsNotStolen() throws Exception {
        String email = newAccount("ein langes Passwort hier");
        String wanted = "begehrt-" + UUID.randomUUID() + "@verein.example";
        Cookie session = signIn(email, "ein langes Passwort hier");
        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("newEmail", wanted)
                .param("currentPassword", "ein langes Passwort hier"));
        accounts.createConfirmed(wanted, "Schneller", "ein anderes Passwort", Locale.GERMAN, List.of());
        mvc.perform(get(new Outbox(jdbc).lastLinkTo(wanted)))
                .andExpect(content().string(containsString("Diese Adresse wird schon benutzt")));
        signIn(email, "ein langes Passwort hier");
    }
}
