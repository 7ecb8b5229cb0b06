package de.bruecke.notification;

import java.util.Locale;
import java.util.Map;

/**
 * An e-mail to send.
 *
 * @param template name under {@code templates/mail/}; the subject is the message {@code mail.<template>.subject}
 */
public record Mail(String recipient, Locale language, String template, Map<String, Object> variables) {
}
