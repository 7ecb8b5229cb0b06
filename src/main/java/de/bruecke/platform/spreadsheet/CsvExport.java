package de.bruecke.platform.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

final class CsvExport implements SpreadsheetExport {

    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final Writer writer;
    private final CSVPrinter printer;
    private boolean closed;

    CsvExport(OutputStream out, List<String> header) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, FORMAT);
        row(header);
    }

    @Override
    public SpreadsheetFormat format() {
        return SpreadsheetFormat.CSV;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (closed) {
            throw new IllegalStateException("export already closed");
        }
        for (String cell : cells) {
            printer.print(SpreadsheetCells.exported(cell));
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.flush();
        }
    }
}
