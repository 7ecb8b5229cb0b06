package de.bruecke.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

final class XlsxExport implements SpreadsheetExport {

    private static final int ROWS_PER_FLUSH = 1000;
    private static final String TEXT_FORMAT = "@";

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow;
    private boolean closed;

    XlsxExport(OutputStream out, String sheetName, List<String> header) throws IOException {
        this.out = out;
        this.workbook = new Workbook(out, "Bruecke", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        int columns = Math.max(1, header.size());
        for (int column = 0; column < columns; column++) {
            String name = column < header.size() ? SpreadsheetCells.exported(header.get(column)) : "";
            sheet.width(column, Math.min(60, Math.max(10, name.length() + 4)));
            sheet.style(column).format(TEXT_FORMAT).set();
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().format(TEXT_FORMAT).set();
        sheet.freezePane(0, 1);
        row(header);
    }

    @Override
    public SpreadsheetFormat format() {
        return SpreadsheetFormat.XLSX;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (closed) {
            throw new IllegalStateException("export already closed");
        }
        for (int column = 0; column < cells.size(); column++) {
            String value = SpreadsheetCells.exported(cells.get(column));
            if (value.length() > SpreadsheetCells.MAX_XLSX_CELL_LENGTH) {
                value = value.substring(0, SpreadsheetCells.MAX_XLSX_CELL_LENGTH);
            }
            if (!value.isEmpty()) {
                sheet.inlineString(nextRow, column, value);
            }
        }
        nextRow++;
        if (nextRow % ROWS_PER_FLUSH == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            workbook.finish();
            out.flush();
        }
    }

    static String sheetName(String wanted) {
        String name = SpreadsheetCells.trim(wanted == null ? "" : wanted).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ");
        name = SpreadsheetCells.headerName(name);
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.length() > 31) {
            name = name.substring(0, 31);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = SpreadsheetCells.trim(name);
        return name.isEmpty() ? "Sheet1" : name;
    }
}
