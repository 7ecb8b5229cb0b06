package de.bruecke.region;

import java.util.Objects;
import java.util.UUID;

public record NetworkId(UUID value) {

    public NetworkId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
