package de.bruecke.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Table}. The format is recognised by content, never by file name;
 * whole-file problems are refused with an {@link UnreadableSpreadsheet}.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Reads the file with the default limits; for a workbook, the first sheet with content. */
    public static Table read(byte[] content) throws UnreadableSpreadsheet {
        return read(content, SpreadsheetLimits.DEFAULT);
    }

    /** Reads the file; for a workbook, the first sheet with content (visible sheets first). */
    public static Table read(byte[] content, SpreadsheetLimits limits) throws UnreadableSpreadsheet {
        Objects.requireNonNull(content, "content");
        if (Content.format(content, limits) == SpreadsheetFormat.XLSX) {
            return XlsxReading.read(content, null, limits);
        }
        return CsvReading.read(Content.text(content), limits);
    }

    /** Reads the named sheet of a workbook with the default limits; a CSV file is read as its only sheet. */
    public static Table readSheet(byte[] content, String sheetName) throws UnreadableSpreadsheet {
        return readSheet(content, sheetName, SpreadsheetLimits.DEFAULT);
    }

    /** Reads the named sheet of a workbook; a CSV file is read as its only sheet whatever the name. */
    public static Table readSheet(byte[] content, String sheetName, SpreadsheetLimits limits)
            throws UnreadableSpreadsheet {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sheetName, "sheetName");
        if (Content.format(content, limits) == SpreadsheetFormat.XLSX) {
            return XlsxReading.read(content, sheetName, limits);
        }
        return CsvReading.read(Content.text(content), limits);
    }

    /** The sheet names of a workbook in workbook order, hidden ones included; empty for a CSV file. */
    public static List<String> sheetNames(byte[] content) throws UnreadableSpreadsheet {
        return sheetNames(content, SpreadsheetLimits.DEFAULT);
    }

    /** The sheet names of a workbook in workbook order, hidden ones included; empty for a CSV file. */
    public static List<String> sheetNames(byte[] content, SpreadsheetLimits limits) throws UnreadableSpreadsheet {
        Objects.requireNonNull(content, "content");
        if (Content.format(content, limits) == SpreadsheetFormat.XLSX) {
            return XlsxReading.sheetNames(content);
        }
        Content.text(content);
        return List.of();
    }

    /**
     * Reads an upload into memory, refusing with TOO_LARGE as soon as it exceeds the byte limit, so an oversized upload
     * is never held completely.
     */
    public static byte[] bytes(InputStream in, SpreadsheetLimits limits) throws IOException, UnreadableSpreadsheet {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limits.maxBytes()) {
                throw UnreadableSpreadsheet.tooLarge(limits, 0);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
