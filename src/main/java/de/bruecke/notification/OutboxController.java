package de.bruecke.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Lets administrators read outgoing e-mail, which is how mail reaches people when no SMTP server is set up. */
@Controller
class OutboxController {

    private static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;

    OutboxController(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("mails", jdbc.sql("""
                select id, recipient, subject, created_at, sent_at, attempts, last_error from notification_mail
                order by created_at desc limit :limit offset :offset""")
                .param("limit", PAGE_SIZE + 1)
                .param("offset", safePage * PAGE_SIZE)
                .query(MailSummary.class)
                .list());
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("smtpConfigured", smtp.getIfAvailable() != null);
        return "notification/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("mail", jdbc.sql("""
                select id, recipient, subject, text_body, created_at, sent_at, attempts, last_error
                from notification_mail where id = :id""")
                .param("id", id)
                .query(MailDetails.class)
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notification/mail";
    }

    record MailSummary(UUID id, String recipient, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt,
            int attempts, String lastError) {
    }

    record MailDetails(UUID id, String recipient, String subject, String textBody, OffsetDateTime createdAt,
            OffsetDateTime sentAt, int attempts, String lastError) {
    }

    @Bean
    static RouteRules outboxRoutes() {
        return routes -> routes.requestMatchers("/admin/outbox", "/admin/outbox/*").hasRole("ADMINISTRATOR");
    }

    @Bean
    static NavigationEntry outboxEntry() {
        return new NavigationEntry("nav.outbox", "/admin/outbox", 92, "ROLE_ADMINISTRATOR");
    }
}
