package de.bruecke.organisation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.account.Accounts;
import de.bruecke.account.Role;
import de.bruecke.account.RoleGrant;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the organisation module tells other modules: a profile became public, network staff verified a profile. */
@IntegrationTest
@EnableScenarios
@ExtendWith(PublishedEventsExtension.class)
class ProfileEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Test
    void verifyingAProfilePublishesProfileVerified(Scenario scenario) {
        Organisation berlin = organisations.register("Prüfverein " + UUID.randomUUID() + " e.V.", OrganisationKind.MO,
                "10115");
        scenario.stimulate(() -> perform(post("/organisations/" + berlin.id() + "/verify").with(csrf())
                        .with(user(users.loadUserByUsername(DemoUsers.NETWORK_STAFF)))
                        .param("version", String.valueOf(version(berlin.id())))))
                .andWaitForEventOfType(ProfileVerified.class)
                .matching(event -> event.organisation().equals(berlin.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.verifiedBy()).isEqualTo("Nina Netzwerk");
                    assertThat(event.verifiedAt()).isNotNull();
                    assertThat(jdbc.sql("select verified_by from organisation where id = :id")
                            .param("id", berlin.id().value()).query(String.class).single()).isEqualTo("Nina Netzwerk");
                });
    }

    @Test
    void choosingPublicVisibilityPublishesProfilePublished(Scenario scenario) {
        Organisation mo = organisations.register("Sichtbar " + UUID.randomUUID() + " e.V.", OrganisationKind.MO,
                "19053");
        String admin = "sichtbar-" + UUID.randomUUID() + "@verein.example";
        accounts.createConfirmed(admin, "Vorstand", DemoUsers.PASSWORD, Locale.GERMAN,
                List.of(new RoleGrant(Role.MO_ADMIN, mo.id().value(), null)));
        scenario.stimulate(() -> perform(post("/organisations/" + mo.id() + "/edit/visibility").with(csrf())
                        .with(user(users.loadUserByUsername(admin)))
                        .param("version", String.valueOf(version(mo.id()))).param("visibility", "PUBLIC")))
                .andWaitForEventOfType(ProfilePublished.class)
                .matching(event -> event.organisation().equals(mo.id()))
                .toArriveAndVerify(event -> assertThat(jdbc.sql("select visibility from organisation where id = :id")
                        .param("id", mo.id().value()).query(String.class).single()).isEqualTo("PUBLIC"));
    }

    @Test
    void registeringAsPublicPublishesProfilePublished(AssertablePublishedEvents events) {
        Organisation mo = organisations.register("Neu " + UUID.randomUUID() + " e.V.", OrganisationKind.MO, "19053");
        organisations.describe(mo.id(), description(Visibility.PUBLIC), "Test");
        assertThat(events.ofType(ProfilePublished.class).matching(event -> event.organisation().equals(mo.id())))
                .hasSize(1);
    }

    @Test
    void aProfileKeptWithinTheNetworkPublishesNothing(AssertablePublishedEvents events) {
        Organisation mo = organisations.register("Intern " + UUID.randomUUID() + " e.V.", OrganisationKind.MO, "19053");
        organisations.describe(mo.id(), description(Visibility.NETWORK), "Test");
        assertThat(events.ofType(ProfilePublished.class).matching(event -> event.organisation().equals(mo.id())))
                .isEmpty();
    }

    private static Organisations.Description description(Visibility visibility) {
        return new Organisations.Description(null, "Beratung", List.of("tr"), List.of("TR"),
                List.of(ThematicField.values()[0]), List.of(), List.of(), 10, 5, 0, false, visibility);
    }

    private int version(OrganisationId id) {
        return jdbc.sql("select version from organisation where id = :id").param("id", id.value())
                .query(Integer.class).single();
    }

    private ResultActions perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andExpect(status().is3xxRedirection());
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
