package de.bruecke.platform.spreadsheet;

import java.util.Locale;

/** A file was refused as a whole; {@link #messageKey()} and {@link #messageArguments()} say why in the user's words. */
public class UnreadableSpreadsheet extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** No bytes, or only whitespace and byte order marks. */
        EMPTY,
        /** Not a text table and not an XLSX workbook (an image, a PDF, an old .xls, another zip file). */
        BINARY,
        /** More bytes or rows than the {@link SpreadsheetLimits} allow. */
        TOO_LARGE,
        /** The first non-blank row holds no column names. */
        NO_HEADER,
        /** The file breaks its own format, for example an unclosed quote; {@link #row()} tells where, when known. */
        MALFORMED,
        /** The workbook has no sheet with the requested name. */
        NO_SUCH_SHEET
    }

    private final Reason reason;
    private final int row;
    private final transient Object[] arguments;

    private UnreadableSpreadsheet(Reason reason, int row, String detail, Throwable cause, Object... arguments) {
        super(reason + (row > 0 ? " at row " + row : "") + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.reason = reason;
        this.row = row;
        this.arguments = arguments;
    }

    static UnreadableSpreadsheet empty() {
        return new UnreadableSpreadsheet(Reason.EMPTY, 0, "", null);
    }

    static UnreadableSpreadsheet binary(String detail) {
        return new UnreadableSpreadsheet(Reason.BINARY, 0, detail, null);
    }

    static UnreadableSpreadsheet tooLarge(SpreadsheetLimits limits, int row) {
        return new UnreadableSpreadsheet(Reason.TOO_LARGE, row, "limits " + limits, null, limits.maxMegabytes(),
                limits.maxRows());
    }

    static UnreadableSpreadsheet noHeader(int row) {
        return new UnreadableSpreadsheet(Reason.NO_HEADER, row, "", null, row);
    }

    static UnreadableSpreadsheet malformed(int row, String detail, Throwable cause) {
        return row > 0 ? new UnreadableSpreadsheet(Reason.MALFORMED, row, detail, cause, row)
                : new UnreadableSpreadsheet(Reason.MALFORMED, 0, detail, cause);
    }

    static UnreadableSpreadsheet noSuchSheet(String sheetName) {
        return new UnreadableSpreadsheet(Reason.NO_SUCH_SHEET, 0, sheetName, null, sheetName);
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based row the refusal refers to, or 0 when it concerns the whole file. */
    public int row() {
        return row;
    }

    /**
     * The message key, {@code spreadsheet.error.<reason>} in lower case with hyphens; a malformed file with a known row
     * uses {@code spreadsheet.error.malformed.row}.
     */
    public String messageKey() {
        String key = "spreadsheet.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return reason == Reason.MALFORMED && row > 0 ? key + ".row" : key;
    }

    /**
     * The arguments of the message: the row for NO_HEADER and a malformed row, the limits in megabytes and rows for
     * TOO_LARGE, the sheet name for NO_SUCH_SHEET, none otherwise.
     */
    public Object[] messageArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
