package de.bruecke.platform.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows while reading: drops trailing empty cells and blank rows, finds the header, enforces the row limit and
 * bounds the number of cells so a small file cannot unfold into an unbounded table.
 */
final class TableRows {

    /** The most columns a spreadsheet program has (XFD). */
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELLS_PER_ROW_ON_AVERAGE = 64;

    private final SpreadsheetLimits limits;
    private final long maxCells;
    private final List<Row> rows = new ArrayList<>();
    private Row header;
    private long cells;

    TableRows(SpreadsheetLimits limits) {
        this.limits = limits;
        this.maxCells = (long) limits.maxRows() * MAX_CELLS_PER_ROW_ON_AVERAGE + MAX_COLUMNS;
    }

    void add(int number, List<String> values) throws UnreadableSpreadsheet {
        int width = values.size();
        while (width > 0 && values.get(width - 1).isEmpty()) {
            width--;
        }
        if (width == 0) {
            return;
        }
        cells += width;
        if (width > MAX_COLUMNS || cells > maxCells) {
            throw UnreadableSpreadsheet.tooLarge(limits, number);
        }
        var row = new Row(number, width == values.size() ? values : values.subList(0, width));
        if (header == null) {
            header = header(row);
            return;
        }
        if (rows.size() >= limits.maxRows()) {
            throw UnreadableSpreadsheet.tooLarge(limits, number);
        }
        rows.add(row);
    }

    boolean hasHeader() {
        return header != null;
    }

    Table table(SpreadsheetFormat format, String sheetName) throws UnreadableSpreadsheet {
        if (header == null) {
            throw UnreadableSpreadsheet.empty();
        }
        return new Table(format, sheetName, header, rows);
    }

    private static Row header(Row row) throws UnreadableSpreadsheet {
        var names = new ArrayList<String>(row.cells().size());
        boolean anyLetter = false;
        for (String cell : row.cells()) {
            String name = SpreadsheetCells.headerName(cell);
            anyLetter |= name.codePoints().anyMatch(Character::isLetter);
            names.add(name);
        }
        if (!anyLetter) {
            throw UnreadableSpreadsheet.noHeader(row.number());
        }
        return new Row(row.number(), names);
    }
}
