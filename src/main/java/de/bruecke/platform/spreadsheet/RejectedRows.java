package de.bruecke.platform.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of rows an import refused: the error column first, then the row's original cells, so rows with more cells
 * than the header stay aligned and a corrected file can be imported again (the error column is just one more column).
 */
public final class RejectedRows implements Closeable {

    private final CsvExport csv;
    private int count;

    private RejectedRows(CsvExport csv) {
        this.csv = csv;
    }

    /** Starts the file with the header {@code errorColumnName} followed by the original column names. */
    public static RejectedRows csv(OutputStream out, List<String> columnNames, String errorColumnName)
            throws IOException {
        var header = new ArrayList<String>(columnNames.size() + 1);
        header.add(errorColumnName);
        header.addAll(columnNames);
        return new RejectedRows(new CsvExport(out, header));
    }

    /** Writes a refused row with the reason, e.g. "Zeile 17: PLZ fehlt". */
    public void add(Row row, String error) throws IOException {
        add(row.cells(), error);
    }

    /** Writes a refused row given as its cells with the reason. */
    public void add(List<String> cells, String error) throws IOException {
        var line = new ArrayList<String>(cells.size() + 1);
        line.add(error);
        line.addAll(cells);
        csv.row(line);
        count++;
    }

    /** How many rows were written, not counting the header. */
    public int count() {
        return count;
    }

    /** Flushes the stream without closing it. */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
