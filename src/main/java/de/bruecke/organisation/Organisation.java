package de.bruecke.organisation;

/** The minimal organisation record. */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, String postcode) {

    public static final int MAX_NAME_LENGTH = 200;
}
