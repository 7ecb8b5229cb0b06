package de.bruecke.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what Brücke "sent", the way an administrator would in the outbox. */
public record Outbox(JdbcClient jdbc) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+?(/[^\\s?]*\\?token=[A-Za-z0-9_-]+)");

    public List<String> subjectsTo(String recipient) {
        return jdbc.sql("select subject from notification_mail where lower(recipient) = lower(:r) order by created_at")
                .param("r", recipient).query(String.class).list();
    }

    public String lastTextTo(String recipient) {
        return jdbc.sql("""
                select text_body from notification_mail where lower(recipient) = lower(:r)
                order by created_at desc limit 1""")
                .param("r", recipient).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("No mail to " + recipient));
    }

    /** The path and token of the link in the last mail to the recipient, e.g. {@code /register/confirm?token=…}. */
    public String lastLinkTo(String recipient) {
        Matcher matcher = LINK.matcher(lastTextTo(recipient));
        if (!matcher.find()) {
            throw new AssertionError("No link in the last mail to " + recipient);
        }
        return matcher.group(1);
    }

    public long countTo(String recipient) {
        return jdbc.sql("select count(*) from notification_mail where lower(recipient) = lower(:r)")
                .param("r", recipient).query(Long.class).single();
    }
}
