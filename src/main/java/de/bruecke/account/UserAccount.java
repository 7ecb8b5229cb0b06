package de.bruecke.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's account as stored. */
record UserAccount(UUID id, String email, String displayName, String passwordHash, String language,
        OffsetDateTime emailConfirmedAt, boolean blocked, OffsetDateTime createdAt) {

    static final int MAX_NAME_LENGTH = 100;

    public boolean confirmed() {
        return emailConfirmedAt != null;
    }
}
