package de.bruecke.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With SMTP configured, what lands in the outbox is delivered, once, in the recipient's language. */
@SpringBootTest(properties = {
        "bruecke.embedded-database.directory=target/test-postgres-smtp",
        "bruecke.embedded-database.clean=true",
        "bruecke.demo=off",
        "spring.mail.host=localhost",
        "bruecke.mail.dispatch-interval=200ms"
})
@Tag("database")
class SmtpDeliveryTest {

    /** A free port, chosen once for the class: GreenMail restarts for every test, the Spring context stays. */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

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

        await().atMost(Duration.ofSeconds(20)).until(() -> !receivedBy(recipient).isEmpty());
        // the dispatcher marks the row sent after handing it to SMTP; once it has, no later run picks it up again
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select sent_at is not null from notification_mail where recipient = :r")
                .param("r", recipient).query(Boolean.class).single());
        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(recipient);
        assertThat(message.getSubject()).contains("Brücke");
        assertThat(plainText(message)).contains("password/reset?token=abc");
    }

    /** Messages to this recipient only: on an external test database the outbox also holds other tests' mails. */
    private static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            }
            catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
        // a mail committed after the rollback: once the dispatcher has delivered it, it has had its chance at the other
        String later = "later-" + UUID.randomUUID() + "@verein.example";
        transactions.executeWithoutResult(status -> mailer.send(new Mail(later, Locale.GERMAN, "account/reset",
                Map.of("name", "Später", "link", "http://localhost:8080/y"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> !receivedBy(later).isEmpty());
        assertThat(receivedBy(recipient)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_mail where recipient = :r").param("r", recipient)
                .query(Long.class).single()).isZero();
    }
}
