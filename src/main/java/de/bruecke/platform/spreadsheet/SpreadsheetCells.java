package de.bruecke.platform.spreadsheet;

/**
 * The cell rules shared by reading and writing: trimming, header names, and neutralising values a spreadsheet program
 * would run as a formula.
 */
public final class SpreadsheetCells {

    /** The longest text one XLSX cell can hold; longer values are cut on XLSX export. */
    public static final int MAX_XLSX_CELL_LENGTH = 32_767;

    private SpreadsheetCells() {
    }

    /**
     * Prefixes an apostrophe when the value starts with {@code = + - @}, TAB or CR (OWASP advice against CSV/formula
     * injection), so a spreadsheet program shows it as text. This also applies to harmless values such as "-5" or
     * "+49 30 1234": they are exported as "'-5" and "'+49 30 1234". A value that already looks neutralised ("'=x") gets
     * one more apostrophe, so {@link #unneutralise} always gives back the original.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsDangerously(value, 0) || looksNeutralised(value) ? "'" + value : value;
    }

    /**
     * Undoes {@link #neutralise}: drops the leading apostrophe of a value that starts with apostrophes followed by one
     * of the dangerous characters. For re-importing an exported file, in fields where such values are expected
     * (numbers, phone numbers).
     */
    public static String unneutralise(String value) {
        if (value == null) {
            return "";
        }
        return looksNeutralised(value) ? value.substring(1) : value;
    }

    /** Trims the value like cells are trimmed on reading, and collapses inner whitespace into single spaces. */
    public static String headerName(String value) {
        String trimmed = trim(value);
        var name = new StringBuilder(trimmed.length());
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isBlankChar(c)) {
                space = true;
            } else {
                if (space) {
                    name.append(' ');
                    space = false;
                }
                name.append(c);
            }
        }
        return name.toString();
    }

    /** Removes whitespace, no-break spaces, zero-width spaces and byte order marks at both ends. */
    public static String trim(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlankChar(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? "" : value.substring(start, end);
    }

    /** The value as it is written on export: characters no spreadsheet file may contain removed, then neutralised. */
    public static String exported(String value) {
        return neutralise(withoutForbiddenCharacters(value));
    }

    static String withoutForbiddenCharacters(String value) {
        if (value == null) {
            return "";
        }
        int length = value.length();
        int i = 0;
        while (i < length && allowed(value, i)) {
            i += Character.charCount(value.codePointAt(i));
        }
        if (i >= length) {
            return value;
        }
        var clean = new StringBuilder(length);
        clean.append(value, 0, i);
        while (i < length) {
            int codePoint = value.codePointAt(i);
            if (allowed(value, i)) {
                clean.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return clean.toString();
    }

    private static boolean allowed(String value, int index) {
        int c = value.codePointAt(index);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        return c > 0xFFFF || !Character.isSurrogate((char) c);
    }

    private static boolean looksNeutralised(String value) {
        int index = 0;
        while (index < value.length() && value.charAt(index) == '\'') {
            index++;
        }
        return index > 0 && index < value.length() && startsDangerously(value, index);
    }

    private static boolean startsDangerously(String value, int index) {
        char first = value.charAt(index);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
