package de.bruecke.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetExportTest {

    private static final List<String> HEADER = List.of("Name", "Telefon", "Notiz");
    private static final List<List<String>> INJECTIONS = List.of(
            List.of("=HYPERLINK(\"http://böse.example\";\"Klick\")", "+49 30 1234", "-5"),
            List.of("@SUM(A1:A2)", "\t=1+1", "\r=1+1"),
            List.of("harmlos", "0049 30 1234", "a=b"));

    @Test
    void csvIsUtf8WithBomSemicolonsAndCrlf() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.csv(out, HEADER)) {
            export.row(List.of("Kontakt e.V.", "0385 123", "Beratung; Begleitung"));
            export.row(java.util.Arrays.asList("Zeile \"zwei\"", null, "eins\nzwei"));
        }

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Name;Telefon;Notiz\r\n"
                        + "Kontakt e.V.;0385 123;\"Beratung; Begleitung\"\r\n"
                        + "\"Zeile \"\"zwei\"\"\";;\"eins\nzwei\"\r\n");
    }

    @Test
    void neutralisesFormulaCellsInCsv() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.csv(out, HEADER)) {
            for (List<String> row : INJECTIONS) {
                export.row(row);
            }
        }

        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains(";'+49 30 1234;'-5\r\n", "'@SUM(A1:A2);", "\"'\r=1+1\"");
        assertThat(text).doesNotContain(";=", ";+", ";-", ";@", "\n=", "\n@", "\uFEFF=");
        assertNeutralisedAfterReading(Spreadsheets.read(out.toByteArray()));
    }

    @Test
    void neutralisesFormulaCellsInXlsxAndWritesOnlyText() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.xlsx(out, "Organisationen", HEADER)) {
            for (List<String> row : INJECTIONS) {
                export.row(row);
            }
            export.row(List.of("01067", "1067", "3.50"));
        }

        Table table = Spreadsheets.read(out.toByteArray());
        assertThat(table.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(table.sheetName()).isEqualTo("Organisationen");
        assertNeutralisedAfterReading(table);
        assertThat(table.rows().get(3).cells()).containsExactly("01067", "1067", "3.50");
        try (var workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).allSatisfy(row -> assertThat(row.stream())
                    .allSatisfy(cell -> {
                        assertThat(cell.getType()).isIn(org.dhatim.fastexcel.reader.CellType.STRING,
                                org.dhatim.fastexcel.reader.CellType.EMPTY);
                        assertThat(cell.getFormula()).isNull();
                    }));
        }
    }

    private static void assertNeutralisedAfterReading(Table table) {
        assertThat(table.columnNames()).isEqualTo(HEADER);
        assertThat(table.rows().subList(0, 3)).extracting(Row::cells).containsExactly(
                List.of("'=HYPERLINK(\"http://böse.example\";\"Klick\")", "'+49 30 1234", "'-5"),
                List.of("'@SUM(A1:A2)", "'\t=1+1", "'\r=1+1"),
                List.of("harmlos", "0049 30 1234", "a=b"));
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndTextColumns() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.xlsx(out, "Blatt [1]: a/b?", HEADER)) {
            export.row(List.of("a", "b", "c"));
        }

        String sheet = zipEntry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        String styles = zipEntry(out.toByteArray(), "xl/styles.xml");
        String workbook = zipEntry(out.toByteArray(), "xl/workbook.xml");
        assertThat(sheet).contains("<pane ", "ySplit=\"1\"", "state=\"frozen\"");
        assertThat(sheet).doesNotContain("<f>");
        assertThat(styles).contains("<b/>", "formatCode=\"@\"");
        assertThat(workbook).contains("name=\"Blatt 1 a b\"");
    }

    @Test
    void sheetNamesAreMadeValid() {
        assertThat(XlsxExport.sheetName("Organisationen")).isEqualTo("Organisationen");
        assertThat(XlsxExport.sheetName("  'Export: 2025/26 [alle]'  ")).isEqualTo("Export 2025 26 alle");
        assertThat(XlsxExport.sheetName("Eine sehr lange Bezeichnung für ein Blatt")).hasSize(31);
        assertThat(XlsxExport.sheetName("???")).isEqualTo("Sheet1");
    }

    @Test
    void closingLeavesTheStreamOpen() throws IOException {
        var out = new TrackingStream();
        SpreadsheetExport.csv(out, HEADER).close();
        SpreadsheetExport.xlsx(out, "A", HEADER).close();
        RejectedRows.csv(out, HEADER, "Fehler").close();

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void rejectedRowsKeepTheOriginalCellsAfterTheError() throws Exception {
        Table original = Spreadsheets.read(SpreadsheetReadingTest.utf8(
                "Name;PLZ;Ort\nKontakt e.V.;;Schwerin\n=cmd|' /C calc'!A0;01067;Dresden;Überzählig\nGut;10115;Berlin\n"));
        var out = new ByteArrayOutputStream();
        try (var rejected = RejectedRows.csv(out, original.columnNames(), "Fehler")) {
            rejected.add(original.rows().get(0), "Zeile 2: PLZ fehlt");
            rejected.add(original.rows().get(1), "Zeile 3: zu viele Spalten");
            assertThat(rejected.count()).isEqualTo(2);
        }

        Table table = Spreadsheets.read(out.toByteArray());
        assertThat(table.columnNames()).containsExactly("Fehler", "Name", "PLZ", "Ort");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                List.of("Zeile 2: PLZ fehlt", "Kontakt e.V.", "", "Schwerin"),
                List.of("Zeile 3: zu viele Spalten", "'=cmd|' /C calc'!A0", "01067", "Dresden", "Überzählig"));
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void streamsManyRowsWithoutHoldingTheFile(SpreadsheetFormat format) throws Exception {
        int rows = 160_000;
        var out = new CountingStream();
        try (var export = SpreadsheetExport.of(format, out, "Organisationen", HEADER)) {
            assertThat(export.format()).isEqualTo(format);
            var row = new ArrayList<String>(List.of("", "", ""));
            for (int i = 0; i < rows; i++) {
                row.set(0, "Verein " + i);
                row.set(1, "0" + (30_000_000 + i));
                row.set(2, i % 2 == 0 ? "Beratung" : "-");
                export.row(row);
            }
            assertThat(out.count).as("bytes written before the end").isPositive();
        }
        assertThat(out.count).isGreaterThan(rows * 10L);
    }

    @Test
    void writtenXlsxReadsBackCompletely() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.xlsx(out, "Organisationen", HEADER)) {
            for (int i = 0; i < 2500; i++) {
                export.row(List.of("Verein " + i, String.format("%05d", i), i % 7 == 3 ? "" : "Notiz " + i));
            }
        }

        Table table = Spreadsheets.read(out.toByteArray());
        assertThat(table.rows()).hasSize(2500);
        assertThat(table.rows().get(2499)).isEqualTo(new Row(2501, List.of("Verein 2499", "02499", "Notiz 2499")));
        assertThat(table.rows().get(10).cells()).containsExactly("Verein 10", "00010");
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        var file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var archive = new java.util.zip.ZipFile(file.toFile())) {
                var entry = archive.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static final class TrackingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
