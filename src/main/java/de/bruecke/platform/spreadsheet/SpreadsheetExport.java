package de.bruecke.platform.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a header and rows of text as CSV or XLSX, row by row, to a stream. Every cell is neutralised against formula
 * injection ({@link SpreadsheetCells#exported}). {@link #close()} finishes the file and flushes the stream but leaves it
 * open: the caller owns the stream.
 */
public interface SpreadsheetExport extends Closeable {

    /** UTF-8 with BOM, {@code ;} between cells, CRLF between rows, quotes where needed: what German Excel opens. */
    static SpreadsheetExport csv(OutputStream out, List<String> header) throws IOException {
        return new CsvExport(out, header);
    }

    /** One sheet, bold and frozen header row, every cell a text cell (never a number or formula). */
    static SpreadsheetExport xlsx(OutputStream out, String sheetName, List<String> header) throws IOException {
        return new XlsxExport(out, sheetName, header);
    }

    static SpreadsheetExport of(SpreadsheetFormat format, OutputStream out, String sheetName, List<String> header)
            throws IOException {
        return format == SpreadsheetFormat.XLSX ? xlsx(out, sheetName, header) : csv(out, header);
    }

    SpreadsheetFormat format();

    /** Appends one row; null cells are written empty. */
    void row(List<String> cells) throws IOException;

    /** Finishes the file and flushes the stream without closing it. */
    @Override
    void close() throws IOException;
}
