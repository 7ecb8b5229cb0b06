package de.bruecke.platform.spreadsheet;

import java.util.List;

/**
 * One row of a table: its 1-based number as the user sees it in a spreadsheet program (the header is usually row 1)
 * and its trimmed cells, never null. Rows read from a file have no trailing empty cells; {@link #cell} fills in "".
 */
public record Row(int number, List<String> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell in the given 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}
