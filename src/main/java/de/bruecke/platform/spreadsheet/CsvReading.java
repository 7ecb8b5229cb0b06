package de.bruecke.platform.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads delimited text: the delimiter comes from the header line, quoting follows RFC 4180. */
final class CsvReading {

    private static final char[] DELIMITERS = { ';', '\t', ',' };
    private static final int LINES_TO_SNIFF_WITHOUT_HEADER_DELIMITER = 5;

    private CsvReading() {
    }

    static Table read(String text, SpreadsheetLimits limits) throws UnreadableSpreadsheet {
        var format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .get();
        var rows = new TableRows(limits);
        long lastRecord = 0;
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                rows.add(Math.toIntExact(lastRecord), cells(record));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw UnreadableSpreadsheet.malformed(Math.toIntExact(lastRecord + 1), String.valueOf(e.getMessage()), e);
        }
        return rows.table(SpreadsheetFormat.CSV, "");
    }

    private static List<String> cells(CSVRecord record) {
        var cells = new ArrayList<String>(record.size());
        for (String value : record) {
            cells.add(SpreadsheetCells.trim(value));
        }
        return cells;
    }

    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        int position = skipBlankLines(text, 0);
        position = count(text, position, counts);
        for (int line = 0; line < LINES_TO_SNIFF_WITHOUT_HEADER_DELIMITER && sum(counts) == 0
                && position < text.length(); line++) {
            position = count(text, skipBlankLines(text, position), counts);
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    private static int skipBlankLines(String text, int position) {
        int lineStart = position;
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (c != '\r' && !Character.isWhitespace(c)) {
                return lineStart;
            }
        }
        return text.length();
    }

    /** Counts delimiters outside quotes on the line starting at position; returns where the next line starts. */
    private static int count(String text, int position, int[] counts) {
        boolean quoted = false;
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        return text.length();
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }
}
