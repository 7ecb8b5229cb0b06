/**
 * E-mail: templates in the recipient's language, a transactional outbox that survives crashes, SMTP delivery when
 * configured and an outbox page for administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = "platform")
package de.bruecke.notification;
