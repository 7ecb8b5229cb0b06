package de.bruecke.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what is in the outbox over SMTP, when SMTP is configured. Rows are claimed with {@code SKIP LOCKED}, so
 * several application nodes never send the same mail twice; failures are retried with growing pauses.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 8;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final String from;

    MailDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
            @Value("${bruecke.mail.from}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.transactions = transactions;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${bruecke.mail.dispatch-interval:5s}", initialDelayString = "5s")
    void dispatch() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        boolean more = true;
        while (more) {
            Integer sent = transactions.execute(status -> sendBatch(smtp));
            more = sent != null && sent > 0;
        }
    }

    private int sendBatch(JavaMailSender smtp) {
        List<Pending> batch = jdbc.sql("""
                select id, recipient, subject, text_body, html_body, attempts from notification_mail
                where sent_at is null and attempts < :max and next_attempt <= now()
                order by created_at limit 20 for update skip locked""")
                .param("max", MAX_ATTEMPTS)
                .query(Pending.class)
                .list();
        for (Pending mail : batch) {
            try {
                MimeMessage message = smtp.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.textBody(), mail.htmlBody());
                smtp.send(message);
                jdbc.sql("update notification_mail set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
                        .param("id", mail.id()).update();
            }
            catch (Exception e) {
                log.warn("Sending mail {} failed: {}", mail.id(), e.getMessage());
                Duration pause = Duration.ofMinutes(1L << Math.min(mail.attempts(), 10));
                jdbc.sql("""
                        update notification_mail set attempts = attempts + 1, last_error = :error,
                               next_attempt = now() + make_interval(secs => :pause) where id = :id""")
                        .param("id", mail.id())
                        .param("error", String.valueOf(e.getMessage()))
                        .param("pause", pause.toSeconds())
                        .update();
            }
        }
        return batch.size();
    }

    record Pending(UUID id, String recipient, String subject, String textBody, String htmlBody, int attempts) {
    }
}
