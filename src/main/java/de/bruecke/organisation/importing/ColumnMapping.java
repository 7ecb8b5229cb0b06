package de.bruecke.organisation.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which profile field each column of an imported file fills; a column without a field is ignored. */
record ColumnMapping(List<ImportField> columns) {

    static final Set<ImportField> REQUIRED = EnumSet.of(ImportField.NAME, ImportField.POSTCODE);

    ColumnMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** The fields the column names suggest; a field is suggested for its first fitting column only. */
    static ColumnMapping guess(List<String> header) {
        List<ImportField> columns = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String name : header) {
            ImportField field = ImportField.guess(name).filter(f -> !taken.contains(f)).orElse(null);
            if (field != null) {
                taken.add(field);
            }
            columns.add(field);
        }
        return new ColumnMapping(columns);
    }

    /** Parses stored field names ("" for an ignored column); unknown names are ignored. */
    static ColumnMapping of(List<String> names, int width) {
        List<ImportField> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = i < names.size() && names.get(i) != null ? names.get(i) : "";
            columns.add(field(name).orElse(null));
        }
        return new ColumnMapping(columns);
    }

    static Optional<ImportField> field(String name) {
        for (ImportField field : ImportField.values()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    List<String> names() {
        return columns.stream().map(f -> f == null ? "" : f.name()).toList();
    }

    /** The 0-based column filling the field, or -1. */
    int columnOf(ImportField field) {
        return columns.indexOf(field);
    }

    boolean maps(ImportField field) {
        return columns.contains(field);
    }

    ImportField at(int column) {
        return column < columns.size() ? columns.get(column) : null;
    }

    /** Required fields no column fills. */
    List<ImportField> missing() {
        return REQUIRED.stream().filter(f -> !maps(f)).toList();
    }

    /** Fields that more than one column fills. */
    Set<ImportField> repeated() {
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        Set<ImportField> repeated = EnumSet.noneOf(ImportField.class);
        for (ImportField field : columns) {
            if (field != null && !seen.add(field)) {
                repeated.add(field);
            }
        }
        return repeated;
    }

    /** Identifies a set of column names regardless of case and spacing, for remembering a mapping. */
    static String headerKey(List<String> header) {
        String joined = String.join("\u001F", header.stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
