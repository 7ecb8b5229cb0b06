package de.bruecke.assessment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one assessment round of an organisation. */
public record RoundId(UUID value) {

    public RoundId {
        Objects.requireNonNull(value);
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
