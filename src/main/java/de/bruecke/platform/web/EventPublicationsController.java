package de.bruecke.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shows administrators the event publications whose listener has not finished yet (Spring Modulith's registry) and
 * lets them deliver those older than a minute again. Reads the registry table directly, so a publication is shown
 * even when its event can no longer be read.
 */
@Controller
class EventPublicationsController {

    static final String PATH = "/admin/events";
    static final Duration RESUBMIT_OLDER_THAN = Duration.ofMinutes(1);
    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final Clock clock = Clock.systemUTC();

    EventPublicationsController(JdbcClient jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    /** One publication as the page shows it. */
    record Pending(String eventType, String listener, OffsetDateTime publishedAt, String status, int attempts,
            OffsetDateTime lastResubmittedAt, Age age) {

        public String shortEventType() {
            return eventType.substring(eventType.lastIndexOf('.') + 1);
        }
    }

    /** How long a publication has been waiting, in the largest whole unit. */
    record Age(String unit, long amount) {

        static Age of(Duration pending) {
            Duration d = pending.isNegative() ? Duration.ZERO : pending;
            if (d.toDays() > 0) {
                return new Age("days", d.toDays());
            }
            if (d.toHours() > 0) {
                return new Age("hours", d.toHours());
            }
            return new Age("minutes", d.toMinutes());
        }
    }

    @GetMapping(PATH)
    String list(Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Pending> pending = jdbc.sql("""
                select event_type, listener_id, publication_date, status, completion_attempts, last_resubmission_date
                from event_publication where completion_date is null
                order by publication_date limit :limit""")
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    OffsetDateTime published = rs.getObject("publication_date", OffsetDateTime.class);
                    return new Pending(rs.getString("event_type"), rs.getString("listener_id"), published,
                            rs.getString("status"), rs.getInt("completion_attempts"),
                            rs.getObject("last_resubmission_date", OffsetDateTime.class),
                            Age.of(Duration.between(published, now)));
                })
                .list();
        long total = jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
        model.addAttribute("publications", pending);
        model.addAttribute("total", total);
        model.addAttribute("limit", LIMIT);
        return "platform/events";
    }

    @PostMapping(PATH + "/resubmit")
    String resubmit(RedirectAttributes redirect) {
        incomplete.resubmitIncompletePublicationsOlderThan(RESUBMIT_OLDER_THAN);
        redirect.addFlashAttribute("resubmitted", true);
        return "redirect:" + PATH;
    }

    @Bean
    static RouteRules eventPublicationRoutes() {
        return routes -> routes.requestMatchers(PATH, PATH + "/resubmit").hasRole("ADMINISTRATOR");
    }

    @Bean
    static NavigationEntry eventPublicationsEntry() {
        return new NavigationEntry("nav.events", PATH, 94, "ROLE_ADMINISTRATOR");
    }
}
