package de.bruecke.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules may use them: set up ready-to-use accounts (e.g. for demo data). */
@Component
public class Accounts {

    private final Users users;
    private final PasswordEncoder encoder;

    Accounts(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public boolean exists(String email) {
        return users.byEmail(email).isPresent();
    }

    /** Creates an account whose e-mail address counts as confirmed, with the given roles. */
    @Transactional
    public UUID createConfirmed(String email, String name, String password, Locale language, List<RoleGrant> grants) {
        var account = new UserAccount(UUID.randomUUID(), email, name, encoder.encode(password), language.getLanguage(),
                OffsetDateTime.now(), false, null);
        if (!users.insertIfAbsent(account)) {
            throw new IllegalStateException("An account with this e-mail address exists");
        }
        grants.forEach(grant -> users.grant(account.id(), grant));
        return account.id();
    }
}
