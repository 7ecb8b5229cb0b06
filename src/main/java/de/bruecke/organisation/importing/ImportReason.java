package de.bruecke.organisation.importing;

import java.util.List;

/**
 * Why a row was rejected: a message key with its arguments and, when the problem sits in one cell, the field whose
 * column it is (an {@link ImportField} name).
 */
record ImportReason(String field, String key, List<String> args) {

    ImportReason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ImportReason of(ImportField field, String key, Object... args) {
        return new ImportReason(field == null ? null : field.name(), key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
