package de.bruecke.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationAndLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Outbox outbox() {
        return new Outbox(jdbc);
    }

    static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@verein.example";
    }

    MvcResult register(String name, String email, String password) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("name", name).param("email", email)
                .param("password", password).param("consent", "true")).andReturn();
    }

    MvcResult login(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password)).andReturn();
    }

    @Test
    void registerConfirmSignInAndOut() throws Exception {
        String email = uniqueEmail();
        assertThat(register("Olga Beispiel", email, "mein langes Passwort 42").getResponse().getRedirectedUrl())
                .isEqualTo("/register/sent");

        assertThat(login(email, "mein langes Passwort 42").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=unconfirmed");

        String link = outbox().lastLinkTo(email);
        assertThat(link).startsWith("/register/confirm?token=");
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ihre E-Mail-Adresse ist bestätigt")));

        MvcResult signedIn = login(email, "mein langes Passwort 42");
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/account");
        Cookie session = signedIn.getResponse().getCookie("BRUECKE_SESSION");
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));

        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aConfirmationLinkWorksOnlyOnce() throws Exception {
        String email = uniqueEmail();
        register("Einmal", email, "mein langes Passwort 42");
        String link = outbox().lastLinkTo(email);
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("ist bestätigt")));
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("funktioniert nicht mehr")));
    }

    @Test
    void anExpiredConfirmationLinkIsRefused() throws Exception {
        String email = uniqueEmail();
        register("Abgelaufen", email, "mein langes Passwort 42");
        String link = outbox().lastLinkTo(email);
        jdbc.sql("""
                update account_token set expires_at = now() - interval '1 minute'
                where user_id = (select id from account_user where email = :email)""").param("email", email).update();
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("funktioniert nicht mehr")));
        assertThat(login(email, "mein langes Passwort 42").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=unconfirmed");
    }

    @Test
    void forgedAndMalformedTokensAreRefused() throws Exception {
        for (String token : List.of("", "x", "' or 1=1 --", "A".repeat(43), "<script>alert(1)</script>", "%00")) {
            mvc.perform(get("/register/confirm").param("token", token)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("funktioniert nicht mehr")));
            mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("funktioniert nicht mehr")));
        }
    }

    @Test
    void registeringATakenAddressLooksTheSameButMailsTheOwner() throws Exception {
        String email = uniqueEmail();
        register("Erste", email, "mein langes Passwort 42");
        MvcResult second = register("Zweite", email.toUpperCase(), "ein anderes Passwort 42");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
        assertThat(outbox().subjectsTo(email)).containsExactly(
                "Bitte bestätigen Sie Ihre E-Mail-Adresse für Brücke", "Ihr Konto bei Brücke");
    }

    @Test
    void parallelRegistrationsOfOneAddressCreateOneAccount() throws Exception {
        String email = uniqueEmail();
        var pool = Executors.newFixedThreadPool(4);
        List<Callable<MvcResult>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> register("Parallel", email, "mein langes Passwort 42"));
        }
        for (Future<MvcResult> result : pool.invokeAll(attempts)) {
            assertThat(result.get().getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
        }
        pool.shutdown();
        assertThat(jdbc.sql("select count(*) from account_user where lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badRegistrationInputGetsMessagesAtTheFields() throws Exception {
        mvc.perform(post("/register").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise")));
        mvc.perform(post("/register").with(csrf()).param("name", "x".repeat(100_000)).param("email", uniqueEmail())
                .param("password", "mein langes Passwort 42").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dieser Text ist zu lang.")));
        mvc.perform(post("/register").with(csrf()).param("name", "Kurz").param("email", "a@b.de\r\nBcc: x@y.de")
                .param("password", "kurz").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("gültige E-Mail-Adresse")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Das Passwort ist zu kurz")));
        mvc.perform(post("/register").with(csrf()).param("name", "<script>alert(1)</script>")
                .param("email", uniqueEmail()).param("password", "qwertyqwerty").param("consent", "maybe"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
    }

    @Test
    void aUnicodeAddressCanRegister() throws Exception {
        String email = "müller-" + UUID.randomUUID().toString().substring(0, 8) + "@bücher.example";
        assertThat(register("Jürgen Müller", email, "mein langes Passwort 42").getResponse().getRedirectedUrl())
                .isEqualTo("/register/sent");
        assertThat(outbox().lastLinkTo(email)).startsWith("/register/confirm?token=");
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameAnswer() throws Exception {
        assertThat(login("nobody-" + UUID.randomUUID() + "@example.org", "irgendein Passwort")
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
        assertThat(login(DemoUsers.EXPERT, "falsches Passwort 123").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=credentials");
    }

    @Test
    void repeatedFailuresLockTheAddressEvenWithTheRightPassword() throws Exception {
        String email = uniqueEmail();
        register("Gesperrt", email, "mein langes Passwort 42");
        mvc.perform(get(outbox().lastLinkTo(email)));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            assertThat(login(email, "falsch " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error=credentials");
        }
        assertThat(login(email, "mein langes Passwort 42").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=throttled");
        mvc.perform(get("/login").param("error", "throttled")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Zu viele Versuche")));

        String unknown = "unknown-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            login(unknown, "falsch " + i);
        }
        assertThat(login(unknown, "falsch").getResponse().getRedirectedUrl()).isEqualTo("/login?error=throttled");
    }
}
