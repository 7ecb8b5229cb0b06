package de.bruecke.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured, what lands in the outbox is delivered, once, in the recipient's language. */
@SpringBootTest(properties = {
        "bruecke.embedded-database.directory=target/test-postgres-smtp",
        "bruecke.embedded-database.clean=true",
        "bruecke.demo=off",
        "spring.mail.host=localhost",
        "spring.mail.port=3025",
        "bruecke.mail.dispatch-interval=200ms"
})
class SmtpDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void committedMailIsDeliveredOnce() throws Exception {
        String recipient = "smtp-" + UUID.randomUUID() + "@verein.example";
        transactions.executeWithoutResult(status -> mailer.send(new Mail(recipient, Locale.forLanguageTag("ar"),
                "account/reset", Map.of("name", "Amal", "link", "http://localhost:8080/password/reset?token=abc"))));

        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(20).toMillis(), 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(recipient);
        assertThat(message.getSubject()).contains("Brücke");
        assertThat(plainText(message)).contains("password/reset?token=abc");

        Thread.sleep(1000);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("select sent_at is not null from notification_mail where recipient = :r")
                .param("r", recipient).query(Boolean.class).single()).isTrue();
    }

    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String recipient = "rollback-" + UUID.randomUUID() + "@verein.example";
        try {
            transactions.executeWithoutResult(status -> {
                mailer.send(new Mail(recipient, Locale.GERMAN, "account/reset",
                        Map.of("name", "Niemand", "link", "http://localhost:8080/x")));
                throw new IllegalStateException("the change failed");
            });
        }
        catch (IllegalStateException expected) {
            // the transaction was rolled back
        }
        Thread.sleep(1500);
        assertThat(smtp.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            }
            catch (Exception e) {
                return false;
            }
        });
        assertThat(jdbc.sql("select count(*) from notification_mail where recipient = :r").param("r", recipient)
                .query(Long.class).single()).isZero();
    }
}
