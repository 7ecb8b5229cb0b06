package de.bruecke.account;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.platform.Links;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with e-mail confirmation. Whether an address is already registered is never shown on screen: the
 * owner of the address gets an e-mail telling them instead.
 */
@Component
class Registration {

    private final Users users;
    private final Tokens tokens;
    private final Mailer mailer;
    private final PasswordEncoder encoder;
    private final Links links;

    Registration(Users users, Tokens tokens, Mailer mailer, PasswordEncoder encoder, Links links) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.encoder = encoder;
        this.links = links;
    }

    @Transactional
    void register(String name, String email, String password, Locale language) {
        var account = new UserAccount(UUID.randomUUID(), email, name, encoder.encode(password), language.getLanguage(),
                null, false, null);
        if (users.insertIfAbsent(account)) {
            sendConfirmation(account.id(), email, name, language);
        }
        else {
            UserAccount existing = users.byEmail(email).orElseThrow();
            mailer.send(new Mail(existing.email(), language, "account/already-registered", Map.of(
                    "name", existing.displayName(),
                    "loginLink", links.to("/login", null),
                    "resetLink", links.to("/password/forgot", null))));
        }
    }

    @Transactional
    void resendConfirmation(String email, Locale language) {
        users.byEmail(email).filter(u -> !u.confirmed())
                .ifPresent(u -> sendConfirmation(u.id(), u.email(), u.displayName(), language));
    }

    @Transactional
    boolean confirm(String token) {
        return tokens.redeem(token, Tokens.Purpose.CONFIRM_EMAIL)
                .map(redeemed -> {
                    users.confirmEmail(redeemed.userId());
                    return true;
                })
                .orElse(false);
    }

    private void sendConfirmation(UUID userId, String email, String name, Locale language) {
        String token = tokens.issue(userId, Tokens.Purpose.CONFIRM_EMAIL, null);
        mailer.send(new Mail(email, language, "account/confirm", Map.of(
                "name", name, "link", links.to("/register/confirm", token))));
    }
}
