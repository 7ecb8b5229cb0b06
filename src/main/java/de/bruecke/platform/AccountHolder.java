package de.bruecke.platform;

import java.util.UUID;

import org.springframework.security.core.Authentication;

/** A signed-in person's stable account ID, which stays the same when they change their e-mail address. */
public interface AccountHolder {

    UUID accountId();

    /** The account ID of whoever is signed in, or their sign-in name when the principal is no account. */
    static String of(Authentication authentication) {
        return authentication.getPrincipal() instanceof AccountHolder holder ? holder.accountId().toString()
                : authentication.getName();
    }
}
