package de.bruecke.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Role changes and blocking reach a person who is already signed in, with their next request. */
@IntegrationTest
class CurrentAccountTest {

    static final String PASSWORD = "ein langes Passwort hier";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Test
    void aRoleGrantedOrTakenAwayCountsFromTheNextRequest() throws Exception {
        String email = "rolle-" + UUID.randomUUID() + "@verein.example";
        UUID id = accounts.createConfirmed(email, "Rolle", PASSWORD, Locale.GERMAN, List.of());
        Cookie session = signIn(email);
        assertThat(status("/admin/questionnaires", session)).isEqualTo(403);

        users.grant(id, new RoleGrant(Role.COORDINATOR, null, null));
        assertThat(status("/admin/questionnaires", session)).isEqualTo(200);

        users.storedGrants(id).forEach(grant -> users.revoke(id, grant.id()));
        assertThat(status("/admin/questionnaires", session)).isEqualTo(403);
    }

    @Test
    void aBlockedAccountIsSignedOutAtOnce() throws Exception {
        String email = "gesperrt-" + UUID.randomUUID() + "@verein.example";
        UUID id = accounts.createConfirmed(email, "Gesperrt", PASSWORD, Locale.GERMAN, List.of());
        Cookie session = signIn(email);
        assertThat(status("/account", session)).isEqualTo(200);

        users.block(id, true);
        var blocked = mvc.perform(get("/account").cookie(session)).andReturn().getResponse();
        assertThat(blocked.getStatus()).isEqualTo(302);
        assertThat(blocked.getRedirectedUrl()).endsWith("/login");
    }

    private Cookie signIn(String email) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
        return result.getResponse().getCookie("BRUECKE_SESSION");
    }

    private int status(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }
}
