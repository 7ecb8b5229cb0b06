package de.bruecke.organisation.profile;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The steps of the profile form, in order. */
public enum ProfileStep {
    BASICS, REACH, CAPACITY, CONTACTS, VISIBILITY;

    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<ProfileStep> of(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
    }

    Optional<ProfileStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The text fields and drop-down lists of this step that are checked one at a time while being filled in. */
    public Set<String> checkedFields() {
        return switch (this) {
            case BASICS -> Set.of("name", "shortName", "institutionType", "legalForm", "foundingYear", "registerCourt",
                    "registerNumber", "description", "website", "publicEmail", "publicPhone", "umbrellas");
            case REACH -> Set.of("street", "postcode", "radiusKm", "kreise", "moreLanguages", "moreCommunities");
            case CAPACITY -> Set.of("services", "members", "volunteers", "paidStaff", "paidStaffFte", "budgetBand",
                    "roomsDescription");
            case CONTACTS, VISIBILITY -> Set.of();
        };
    }

    public int number() {
        return ordinal() + 1;
    }

    public String getPath() {
        return path();
    }
}
