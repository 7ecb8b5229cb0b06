package de.bruecke.platform.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A read spreadsheet: the header row (normalised column names) and the non-blank data rows below it, each keeping its
 * source row number. {@code sheetName} is "" for CSV.
 */
public record Table(SpreadsheetFormat format, String sheetName, Row header, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    public List<String> columnNames() {
        return header.cells();
    }

    /** The 0-based column whose name equals the given one, ignoring case and surrounding or repeated whitespace. */
    public OptionalInt column(String name) {
        String wanted = SpreadsheetCells.headerName(name).toLowerCase(Locale.ROOT);
        List<String> names = columnNames();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
