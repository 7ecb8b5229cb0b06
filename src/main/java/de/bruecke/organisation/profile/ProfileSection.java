package de.bruecke.organisation.profile;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** One step of the profile form; its fields as display values are what history and the conflict view compare. */
interface ProfileSection {

    Map<String, String> fieldValues();

    static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
