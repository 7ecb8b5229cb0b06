package de.bruecke.platform.web;

import java.time.Duration;
import java.util.UUID;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.FailingListener;
import de.bruecke.support.IntegrationTest;
import de.bruecke.support.RedeliveryProbe;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event whose listener failed stays in the publication registry as incomplete, administrators see it on
 * {@code /admin/events}, and "Erneut zustellen" delivers it.
 */
@IntegrationTest
class EventRedeliveryTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FailingListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CompletedPublicationsPurge purge;

    @Test
    void aFailedDeliveryStaysIncompleteIsShownAndIsDeliveredOnResubmission() throws Exception {
        UUID probe = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new RedeliveryProbe(probe, 1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts(probe) == 1
                && "FAILED".equals(publicationStatus(probe)));
        assertThat(listener.delivered(probe)).isFalse();
        assertThat(completed(probe)).as("the failed publication is still incomplete").isFalse();

        mvc.perform(get("/admin/events").with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ereignisse, die noch nicht zugestellt sind")))
                .andExpect(content().string(containsString(RedeliveryProbe.class.getName())))
                .andExpect(content().string(containsString(FailingListener.class.getName() + ".on(")))
                .andExpect(content().string(containsString("fehlgeschlagen")))
                .andExpect(content().string(containsString("Erneut zustellen")));

        mvc.perform(post("/admin/events/resubmit").with(csrf()).with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
                .andExpect(redirectedUrl("/admin/events"));
        assertThat(listener.attempts(probe)).as("younger than a minute: not resubmitted yet").isEqualTo(1);

        jdbc.sql("""
                update event_publication set publication_date = publication_date - interval '2 minutes'
                where serialized_event like :probe""").param("probe", "%" + probe + "%").update();
        mvc.perform(post("/admin/events/resubmit").with(csrf()).with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
                .andExpect(redirectedUrl("/admin/events"))
                .andExpect(flash().attribute("resubmitted", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(probe));
        assertThat(listener.delivered(probe)).isTrue();
        assertThat(listener.attempts(probe)).isEqualTo(2);
    }

    @Test
    void aPublicationWhoseListenerSucceedsIsMarkedComplete() {
        UUID probe = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new RedeliveryProbe(probe, 0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(probe));
        assertThat(listener.delivered(probe)).isTrue();
        assertThat(listener.attempts(probe)).isEqualTo(1);
    }

    @Test
    void deliveredPublicationsAreForgottenAfterThirtyDaysPendingOnesStay() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new RedeliveryProbe(old, 0));
            events.publishEvent(new RedeliveryProbe(recent, 0));
            events.publishEvent(new RedeliveryProbe(pending, 99));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(old) && completed(recent)
                && "FAILED".equals(publicationStatus(pending)));
        jdbc.sql("""
                update event_publication set completion_date = completion_date - interval '31 days',
                    publication_date = publication_date - interval '31 days'
                where serialized_event like :old""").param("old", "%" + old + "%").update();
        jdbc.sql("update event_publication set publication_date = publication_date - interval '31 days' "
                + "where serialized_event like :p").param("p", "%" + pending + "%").update();

        purge.purge();

        assertThat(publicationStatus(old)).as("delivered 31 days ago").isNull();
        assertThat(completed(recent)).as("delivered just now").isTrue();
        assertThat(publicationStatus(pending)).as("never delivered").isEqualTo("FAILED");
    }

    private String publicationStatus(UUID probe) {
        return jdbc.sql("select status from event_publication where serialized_event like :probe")
                .param("probe", "%" + probe + "%").query(String.class).optional().orElse(null);
    }

    private boolean completed(UUID probe) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :probe "
                + "and completion_date is not null").param("probe", "%" + probe + "%").query(Long.class).single() == 1;
    }
}
