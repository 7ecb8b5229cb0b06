package de.bruecke.platform;

import java.util.Objects;
import java.util.UUID;

/** The stable ID of a person's account, which stays the same when they change their e-mail address. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value);
    }

    /** The ID of a column that may be empty (e.g. someone invited by e-mail who has not joined yet). */
    public static AccountId ofNullable(UUID value) {
        return value == null ? null : new AccountId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
