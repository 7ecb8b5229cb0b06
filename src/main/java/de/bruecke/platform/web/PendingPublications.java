package de.bruecke.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event publications whose listener has not finished yet, read from Spring Modulith's registry table directly,
 * so a publication is shown even when its event can no longer be read.
 */
@Component
class PendingPublications {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingPublications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** The oldest pending publications, at most {@code limit}. */
    List<Pending> oldest(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                select event_type, listener_id, publication_date, status, completion_attempts, last_resubmission_date
                from event_publication where completion_date is null
                order by publication_date limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> {
                    OffsetDateTime published = rs.getObject("publication_date", OffsetDateTime.class);
                    return new Pending(rs.getString("event_type"), rs.getString("listener_id"), published,
                            rs.getString("status"), rs.getInt("completion_attempts"),
                            rs.getObject("last_resubmission_date", OffsetDateTime.class),
                            Age.of(Duration.between(published, now)));
                })
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }
}
