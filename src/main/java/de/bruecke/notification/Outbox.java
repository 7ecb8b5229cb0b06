package de.bruecke.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the outgoing e-mail for administrators, newest first. */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MailSummary(UUID id, String recipient, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt,
            int attempts, String lastError) {
    }

    record MailDetails(UUID id, String recipient, String subject, String textBody, OffsetDateTime createdAt,
            OffsetDateTime sentAt, int attempts, String lastError) {
    }

    List<MailSummary> page(int page, int size) {
        return jdbc.sql("""
                select id, recipient, subject, created_at, sent_at, attempts, last_error from notification_mail
                order by created_at desc limit :limit offset :offset""")
                .param("limit", size + 1)
                .param("offset", page * size)
                .query(MailSummary.class)
                .list();
    }

    Optional<MailDetails> find(UUID id) {
        return jdbc.sql("""
                select id, recipient, subject, text_body, created_at, sent_at, attempts, last_error
                from notification_mail where id = :id""")
                .param("id", id)
                .query(MailDetails.class)
                .optional();
    }
}
