package de.bruecke.account;

import java.util.UUID;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.Outbox;
import de.bruecke.platform.AccountId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person who accepts an invitation into an organisation becomes a member: {@link MemberJoined} is published. */
@IntegrationTest
@EnableScenarios
class MemberJoinedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void acceptingAnInvitationPublishesMemberJoined(Scenario scenario) throws Exception {
        String kontakt = DemoUsers.kontaktId(jdbc);
        String invitee = "beitritt-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/organisations/" + kontakt + "/invitations").with(csrf())
                        .with(user(users.loadUserByUsername(DemoUsers.MO_ADMIN)))
                        .param("email", invitee).param("role", "MO_MEMBER"))
                .andExpect(status().is3xxRedirection());
        String token = new Outbox(jdbc).lastLinkTo(invitee).replaceAll(".*token=", "");

        scenario.stimulate(() -> {
                    try {
                        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token)
                                .param("name", "Neues Mitglied").param("password", "ein gutes langes Passwort"))
                                .andExpect(status().is3xxRedirection());
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(MemberJoined.class)
                .matching(event -> event.account().equals(accountId(invitee)))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisation()).isEqualTo(new OrganisationId(UUID.fromString(kontakt)));
                    assertThat(event.role()).isEqualTo(Role.MO_MEMBER);
                });
    }

    private AccountId accountId(String email) {
        return jdbc.sql("select id from account_user where lower(email) = lower(:e)").param("e", email)
                .query(UUID.class).optional().map(AccountId::new).orElse(null);
    }
}
