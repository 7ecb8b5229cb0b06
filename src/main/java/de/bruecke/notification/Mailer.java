package de.bruecke.notification;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an e-mail and puts it into the outbox within the caller's transaction: a mail is delivered exactly when
 * the change that caused it was committed, even if the application stops right afterwards.
 */
@Component
public class Mailer {

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    Mailer(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.templates = mailTemplates(messages);
    }

    private static ITemplateEngine mailTemplates(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Mail mail) {
        MailAddress.requireValid(mail.recipient());
        var context = new Context(mail.language(), Map.copyOf(mail.variables()));
        String subject = messages.getMessage("mail." + mail.template().replace('/', '.') + ".subject",
                new Object[] { mail.variables().getOrDefault("organisation", "") }, mail.language());
        context.setVariable("subject", subject);
        String html = templates.process(mail.template() + ".html", context);
        String text = templates.process(mail.template() + ".txt", context);
        jdbc.sql("""
                insert into notification_mail (id, recipient, subject, text_body, html_body)
                values (:id, :recipient, :subject, :text, :html)""")
                .param("id", UUID.randomUUID())
                .param("recipient", mail.recipient())
                .param("subject", subject)
                .param("text", text)
                .param("html", html)
                .update();
    }
}
