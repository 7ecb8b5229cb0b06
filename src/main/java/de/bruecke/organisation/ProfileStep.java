package de.bruecke.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the profile form, in order. */
enum ProfileStep {
    BASICS, REACH, CAPACITY, CONTACTS, VISIBILITY;

    String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<ProfileStep> of(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
    }

    Optional<ProfileStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public int number() {
        return ordinal() + 1;
    }

    public String getPath() {
        return path();
    }
}
