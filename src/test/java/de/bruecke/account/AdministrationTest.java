package de.bruecke.account;

import java.util.UUID;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators manage organisations, roles and networks; MO admins manage invitations. Bad input is explained. */
@IntegrationTest
class AdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    String kontakt() {
        return DemoUsers.kontaktId(jdbc);
    }

    @Test
    void organisationsNeedANameAndAKnownPostcode() throws Exception {
        mvc.perform(post("/admin/organisations").with(csrf()).with(as(DemoUsers.ADMIN)).param("name", "")
                .param("kind", "HACKED").param("postcode", "99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(containsString("Diese Postleitzahl kennen wir nicht.")));
        String name = "=HYPERLINK(\"x\") Verein " + UUID.randomUUID();
        mvc.perform(post("/admin/organisations").with(csrf()).with(as(DemoUsers.ADMIN)).param("name", name)
                .param("kind", "MO").param("postcode", "04109"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select postcode from organisation where name = :n").param("n", name).query(String.class)
                .single()).isEqualTo("04109");
    }

    @Test
    void rolesNeedTheRightScope() throws Exception {
        String email = "rolle-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.createConfirmed(email, "Rolle", "ein langes Passwort", java.util.Locale.GERMAN, java.util.List.of());
        mvc.perform(post("/admin/users/" + id + "/grants").with(csrf()).with(as(DemoUsers.ADMIN))
                .param("role", "MO_ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from account_role where user_id = :id").param("id", id).query(Long.class)
                .single()).isZero();
        mvc.perform(post("/admin/users/" + id + "/grants").with(csrf()).with(as(DemoUsers.ADMIN))
                .param("role", "MO_ADMIN").param("organisation", kontakt()));
        mvc.perform(post("/admin/users/" + id + "/grants").with(csrf()).with(as(DemoUsers.ADMIN))
                .param("role", "MO_ADMIN").param("organisation", kontakt()));
        assertThat(jdbc.sql("select count(*) from account_role where user_id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(1);
        mvc.perform(post("/admin/users/" + id + "/grants").with(csrf()).with(as(DemoUsers.ADMIN))
                .param("role", "KING"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBlockedAccountCannotSignIn() throws Exception {
        String email = "gesperrt-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.createConfirmed(email, "Gesperrt", "ein langes Passwort", java.util.Locale.GERMAN, java.util.List.of());
        mvc.perform(post("/admin/users/" + id + "/block").with(csrf()).with(as(DemoUsers.ADMIN)).param("blocked", "true"));
        var result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "ein langes Passwort"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=blocked");
        var wrong = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "falsches Passwort"))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
    }

    @Test
    void invitationsAreCheckedAndCanBeRevoked() throws Exception {
        String path = "/organisations/" + kontakt();
        mvc.perform(post(path + "/invitations").with(csrf()).with(as(DemoUsers.MO_ADMIN))
                .param("email", "x@y.de\r\nBcc: all@example.org").param("role", "ADMINISTRATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gültige E-Mail-Adresse")));
        String invitee = "widerruf-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post(path + "/invitations").with(csrf()).with(as(DemoUsers.MO_ADMIN))
                .param("email", invitee).param("role", "MO_MEMBER"))
                .andExpect(status().is3xxRedirection());
        String link = new Outbox(jdbc).lastLinkTo(invitee);
        String invitation = jdbc.sql("select id::text from account_invitation where email = :e").param("e", invitee)
                .query(String.class).single();
        mvc.perform(post(path + "/invitations/" + invitation + "/revoke").with(csrf()).with(as(DemoUsers.FOREIGN_MO_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/invitations/" + invitation + "/revoke").with(csrf()).with(as(DemoUsers.MO_ADMIN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(link)).andExpect(content().string(containsString("funktioniert nicht mehr")));
    }

    @Test
    void anInvitationLinkWorksOnce() throws Exception {
        String invitee = "einmal-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/organisations/" + kontakt() + "/invitations").with(csrf()).with(as(DemoUsers.MO_ADMIN))
                .param("email", invitee).param("role", "MO_ADMIN"));
        String token = new Outbox(jdbc).lastLinkTo(invitee).replaceAll(".*token=", "");
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("name", "")
                .param("password", "kurz"))
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(containsString("Das Passwort ist zu kurz")));
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("name", "Neu")
                .param("password", "ein gutes langes Passwort"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("name", "Nochmal")
                .param("password", "ein gutes langes Passwort"))
                .andExpect(content().string(containsString("funktioniert nicht mehr")));
        assertThat(jdbc.sql("""
                select count(*) from account_role r join account_user u on u.id = r.user_id
                where u.email = :e and r.role = 'MO_ADMIN'""").param("e", invitee).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOutboxShowsMailToAdministrators() throws Exception {
        mvc.perform(get("/admin/outbox").with(as(DemoUsers.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Es ist kein Mailserver eingestellt")));
        String invitee = "postausgang-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/organisations/" + kontakt() + "/invitations").with(csrf()).with(as(DemoUsers.MO_ADMIN))
                .param("email", invitee).param("role", "MO_MEMBER"));
        String mail = jdbc.sql("select id::text from notification_mail where recipient = :r").param("r", invitee)
                .query(String.class).single();
        mvc.perform(get("/admin/outbox/" + mail).with(as(DemoUsers.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/invitations/accept?token=")));
        mvc.perform(get("/admin/outbox/" + mail).with(as(DemoUsers.MO_ADMIN))).andExpect(status().isForbidden());
    }
}
