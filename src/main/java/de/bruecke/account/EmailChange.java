package de.bruecke.account;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.platform.Links;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Changing the sign-in e-mail address: the new address must be confirmed, the old one is told. */
@Component
class EmailChange {

    enum Outcome {
        CHANGED, INVALID_LINK, TAKEN
    }

    private final Users users;
    private final Tokens tokens;
    private final Mailer mailer;
    private final Links links;

    EmailChange(Users users, Tokens tokens, Mailer mailer, Links links) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.links = links;
    }

    @Transactional
    void request(UUID userId, String newEmail, Locale language) {
        UserAccount user = users.byId(userId).orElseThrow();
        if (users.byEmail(newEmail).isPresent()) {
            return;
        }
        String token = tokens.issue(userId, Tokens.Purpose.CHANGE_EMAIL, newEmail);
        mailer.send(new Mail(newEmail, language, "account/change-email", Map.of(
                "name", user.displayName(), "link", links.to("/account/email/confirm", token))));
    }

    @Transactional
    Outcome confirm(String token, Locale language) {
        var redeemed = tokens.redeem(token, Tokens.Purpose.CHANGE_EMAIL);
        if (redeemed.isEmpty()) {
            return Outcome.INVALID_LINK;
        }
        UserAccount user = users.byId(redeemed.get().userId()).orElseThrow();
        if (!users.changeEmail(user.id(), redeemed.get().newEmail())) {
            return Outcome.TAKEN;
        }
        users.confirmEmail(user.id());
        mailer.send(new Mail(user.email(), language, "account/email-changed", Map.of(
                "name", user.displayName(), "newEmail", redeemed.get().newEmail())));
        return Outcome.CHANGED;
    }
}
