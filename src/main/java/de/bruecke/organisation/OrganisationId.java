package de.bruecke.organisation;

import java.util.UUID;

public record OrganisationId(UUID value) {

    public OrganisationId {
        java.util.Objects.requireNonNull(value);
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
