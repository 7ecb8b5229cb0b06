package de.bruecke.account;

import java.util.Locale;
import java.util.Map;

import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.platform.Links;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resetting a forgotten password through a single-use link that expires after an hour. */
@Component
class PasswordReset {

    private final Users users;
    private final Tokens tokens;
    private final Mailer mailer;
    private final PasswordEncoder encoder;
    private final Links links;
    private final LoginThrottle throttle;

    PasswordReset(Users users, Tokens tokens, Mailer mailer, PasswordEncoder encoder, Links links,
            LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.encoder = encoder;
        this.links = links;
        this.throttle = throttle;
    }

    @Transactional
    void request(String email, Locale language) {
        users.byEmail(email).ifPresent(user -> {
            String token = tokens.issue(user.id(), Tokens.Purpose.RESET_PASSWORD, null);
            mailer.send(new Mail(user.email(), language, "account/reset", Map.of(
                    "name", user.displayName(), "link", links.to("/password/reset", token))));
        });
    }

    boolean usable(String token) {
        return tokens.usable(token, Tokens.Purpose.RESET_PASSWORD);
    }

    /** Sets the new password if the link is still good; the link also proves the e-mail address. */
    @Transactional
    boolean reset(String token, String newPassword) {
        return tokens.redeem(token, Tokens.Purpose.RESET_PASSWORD)
                .flatMap(redeemed -> users.byId(redeemed.userId()))
                .map(user -> {
                    users.changePassword(user.id(), encoder.encode(newPassword));
                    users.confirmEmail(user.id());
                    throttle.succeeded(user.email());
                    return true;
                })
                .orElse(false);
    }
}
