package de.bruecke.notification;

import java.util.UUID;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
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

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> smtp;

    OutboxController(Outbox outbox, ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        model.addAttribute("mails", outbox.page(safePage, PAGE_SIZE));
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("smtpConfigured", smtp.getIfAvailable() != null);
        return "notification/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notification/mail";
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
