package de.bruecke.platform.spreadsheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import de.bruecke.platform.spreadsheet.UnreadableSpreadsheet.Reason;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SpreadsheetReadingTest {

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Test
    void readsUtf8WithBom() throws Exception {
        Table table = Spreadsheets.read(concat(UTF8_BOM, utf8("Name;Ort\r\nKontakt e.V.;Schwerin\r\nTürkiye Derneği;Köln\r\n")));

        assertThat(table.format()).isEqualTo(SpreadsheetFormat.CSV);
        assertThat(table.sheetName()).isEmpty();
        assertThat(table.columnNames()).containsExactly("Name", "Ort");
        assertThat(table.rows()).containsExactly(
                new Row(2, List.of("Kontakt e.V.", "Schwerin")),
                new Row(3, List.of("Türkiye Derneği", "Köln")));
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Table table = Spreadsheets.read(utf8("Name;Sprache\nКонтакт;русский\nجمعية;العربية\n"));

        assertThat(table.columnNames()).containsExactly("Name", "Sprache");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                List.of("Контакт", "русский"), List.of("جمعية", "العربية"));
    }

    @Test
    void readsWindows1252WithUmlautsAndSemicolons() throws Exception {
        byte[] content = "Name;Straße;Ort\r\nBrücke Süd e.V.;Große Straße 1;Görlitz\r\nÖzgür;Fußweg 2;Düsseldorf\r\n"
                .getBytes(Charset.forName("windows-1252"));

        Table table = Spreadsheets.read(content);

        assertThat(table.columnNames()).containsExactly("Name", "Straße", "Ort");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(
                List.of("Brücke Süd e.V.", "Große Straße 1", "Görlitz"),
                List.of("Özgür", "Fußweg 2", "Düsseldorf"));
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] text = "Name\tOrt\r\nÇağ e.V.\tBerlin\r\n".getBytes(StandardCharsets.UTF_16LE);

        Table table = Spreadsheets.read(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text));

        assertThat(table.columnNames()).containsExactly("Name", "Ort");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(List.of("Çağ e.V.", "Berlin"));
    }

    @Test
    void readsCommaSeparatedWithQuotedSemicolonsNewlinesAndQuotes() throws Exception {
        String csv = "Name,Beschreibung,Ort\n"
                + "\"Kontakt e.V.\",\"Beratung; Begleitung\",Schwerin\n"
                + "\"Verein \"\"Brücke\"\"\",\"Zeile eins\nZeile zwei\",\"Halle, Saale\"\n"
                + "Letzter,x,y\n";

        Table table = Spreadsheets.read(utf8(csv));

        assertThat(table.columnNames()).containsExactly("Name", "Beschreibung", "Ort");
        assertThat(table.rows()).containsExactly(
                new Row(2, List.of("Kontakt e.V.", "Beratung; Begleitung", "Schwerin")),
                new Row(3, List.of("Verein \"Brücke\"", "Zeile eins\nZeile zwei", "Halle, Saale")),
                new Row(4, List.of("Letzter", "x", "y")));
    }

    @Test
    void readsTabSeparated() throws Exception {
        Table table = Spreadsheets.read(utf8("Name\tPLZ\tOrt\nA, B und C\t01067\tDresden\n"));

        assertThat(table.columnNames()).containsExactly("Name", "PLZ", "Ort");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(List.of("A, B und C", "01067", "Dresden"));
    }

    @Test
    void delimiterComesFromTheHeaderLineIgnoringQuotedParts() throws Exception {
        Table table = Spreadsheets.read(utf8("\"Name; Kurzform\",\"Ort; Land\",PLZ\nA;B,Berlin,10115\n"));

        assertThat(table.columnNames()).containsExactly("Name; Kurzform", "Ort; Land", "PLZ");
        assertThat(table.rows()).extracting(Row::cells).containsExactly(List.of("A;B", "Berlin", "10115"));
    }

    @Test
    void singleColumnFileTakesTheDelimiterFromTheData() throws Exception {
        Table table = Spreadsheets.read(utf8("\n\nName\nA,1\n"));

        assertThat(table.header()).isEqualTo(new Row(3, List.of("Name")));
        assertThat(table.rows()).containsExactly(new Row(4, List.of("A", "1")));
    }

    @Test
    void trimsCellsDropsTrailingEmptyCellsAndBlankRowsAndKeepsTheSourceRowNumbers() throws Exception {
        String csv = "Name;Ort;\n  A\u00A0 ; Berlin ;\n;;\n\nB;;\n;;\n\n";

        Table table = Spreadsheets.read(utf8(csv));

        assertThat(table.rows()).containsExactly(
                new Row(2, List.of("A", "Berlin")),
                new Row(5, List.of("B")));
        assertThat(table.columnNames()).containsExactly("Name", "Ort");
        assertThat(table.rows().get(1).cell(7)).isEmpty();
    }

    @Test
    void normalisesHeaderNames() throws Exception {
        String csv = "\uFEFF  Name der\t  Organisation ;\u00A0PLZ\u00A0; Ort\n1;2;3\n";

        Table table = Spreadsheets.read(concat(UTF8_BOM, utf8(csv)));

        assertThat(table.columnNames()).containsExactly("Name der Organisation", "PLZ", "Ort");
        assertThat(table.column(" name  der organisation")).hasValue(0);
        assertThat(table.column("ort")).hasValue(2);
        assertThat(table.column("Straße")).isEmpty();
    }

    @Test
    void readsTenThousandRowsWithTheirRowNumbers() throws Exception {
        var csv = new StringBuilder("Name;PLZ;Ort\r\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("Verein ").append(i).append(";\"").append(String.format("%05d", i)).append("\";Ort ").append(i)
                    .append(i % 1000 == 0 ? ";\"mit\nUmbruch\"" : "").append("\r\n");
        }

        Table table = Spreadsheets.read(utf8(csv.toString()));

        assertThat(table.rows()).hasSize(10_000);
        for (int i = 1; i <= 10_000; i++) {
            Row row = table.rows().get(i - 1);
            assertThat(row.number()).isEqualTo(i + 1);
            assertThat(row.cell(0)).isEqualTo("Verein " + i);
            assertThat(row.cell(1)).isEqualTo(String.format("%05d", i));
        }
        assertThat(table.rows().get(999).cells()).containsExactly("Verein 1000", "01000", "Ort 1000", "mit\nUmbruch");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], Reason.EMPTY, 0);
    }

    @Test
    void refusesAFileWithOnlyABom() {
        assertRefused(UTF8_BOM, Reason.EMPTY, 0);
        assertRefused(concat(UTF8_BOM, utf8(" \r\n\t\r\n")), Reason.EMPTY, 0);
        assertRefused(new byte[] { (byte) 0xFF, (byte) 0xFE }, Reason.EMPTY, 0);
    }

    @Test
    void refusesAPngRenamedToCsv() throws IOException {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        assertRefused(png.toByteArray(), Reason.BINARY, 0);
    }

    @Test
    void refusesOtherBinaryFiles() {
        assertRefused(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), Reason.BINARY, 0);
        assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0 }, Reason.BINARY, 0);
        assertRefused(utf8("Name;Ort\nA;B\u0000C\n"), Reason.BINARY, 0);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertRefused(noise, Reason.BINARY, 0);
    }

    @Test
    void refusesARandomZipRenamedToXlsx() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes/readme.txt"));
            out.write(utf8("Name;Ort\nA;B\n"));
            out.closeEntry();
        }

        assertRefused(zip.toByteArray(), Reason.BINARY, 0);
    }

    @Test
    void refusesABrokenWorkbookAsMalformed() throws IOException {
        byte[] workbook = twoSheetWorkbook();
        byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);

        var refusal = catchThrowableOfType(UnreadableSpreadsheet.class, () -> Spreadsheets.read(truncated));

        assertThat(refusal.reason()).isIn(Reason.MALFORMED, Reason.BINARY);
    }

    @Test
    void refusesAnUnclosedQuoteWithItsRow() {
        String csv = "Name;Ort\nA;B\n\"C;D\nE;F\n";

        var refusal = assertRefused(utf8(csv), Reason.MALFORMED, 3);

        assertThat(refusal.messageKey()).isEqualTo("spreadsheet.error.malformed.row");
        assertThat(refusal.messageArguments()).containsExactly(3);
    }

    @Test
    void toleratesTextAfterAClosingQuote() throws Exception {
        Table table = Spreadsheets.read(utf8("Name;Ort\n\"Verein \"Brücke\" e.V.\";Kiel\n"));

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("Kiel");
    }

    @Test
    void refusesAHeaderWithoutNames() {
        assertRefused(utf8("\n01067;19053\n"), Reason.NO_HEADER, 2);

        var numbers = assertRefused(utf8("\r\n;;\r\n1;2;3\r\n4;5;6\r\n"), Reason.NO_HEADER, 3);
        assertThat(numbers.messageArguments()).containsExactly(3);
    }

    @Test
    void refusesFilesOverTheLimits() {
        var limits = new SpreadsheetLimits(1000, 3);

        var bytes = assertRefused(utf8("Name\n" + "x\n".repeat(600)), limits, Reason.TOO_LARGE, 0);
        assertThat(bytes.messageKey()).isEqualTo("spreadsheet.error.too-large");
        assertThat(bytes.messageArguments()).containsExactly(1L, 3);

        assertRefused(utf8("Name\na\nb\n\nc\nd\n"), limits, Reason.TOO_LARGE, 6);
    }

    @Test
    void refusesRowsWiderThanASpreadsheetProgramAllows() {
        assertRefused(utf8("Name\n" + ";".repeat(TableRows.MAX_COLUMNS) + "x\n"), Reason.TOO_LARGE, 2);
    }

    @Test
    void acceptsExactlyTheRowLimit() throws Exception {
        assertThat(Spreadsheets.read(utf8("Name\na\nb\nc\n\n\n"), new SpreadsheetLimits(1000, 3)).rows()).hasSize(3);
    }

    @Test
    void readsUploadsOnlyUpToTheByteLimit() throws Exception {
        var limits = new SpreadsheetLimits(10, 10);

        assertThat(Spreadsheets.bytes(new java.io.ByteArrayInputStream(utf8("Name\nA")), limits)).hasSize(6);
        var refusal = catchThrowableOfType(UnreadableSpreadsheet.class,
                () -> Spreadsheets.bytes(new java.io.ByteArrayInputStream(new byte[11]), limits));
        assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void readsAWorkbookWithTwoSheetsByNameAndByDefault() throws Exception {
        byte[] workbook = twoSheetWorkbook();

        assertThat(Spreadsheets.sheetNames(workbook)).containsExactly("Leer", "Organisationen", "Hinweise");

        Table first = Spreadsheets.read(workbook);
        assertThat(first.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(first.sheetName()).isEqualTo("Organisationen");
        assertThat(first.header()).isEqualTo(new Row(1, List.of("Name", "PLZ", "PLZ als Zahl", "Gegründet", "Mitglieder",
                "Förderung", "Aktiv")));
        assertThat(first.rows()).containsExactly(
                new Row(2, List.of("Kontakt e.V.", "19053", "19053", "1998-03-01", "120", "1500.5", "TRUE")),
                new Row(4, List.of("Sachsen-Verein", "01067", "1067", "2001-12-24", "7", "0.3", "FALSE")),
                new Row(5, List.of("", "", "", "", "", "", "", "=SUMME(A1)")));

        Table second = Spreadsheets.readSheet(workbook, "Hinweise");
        assertThat(second.sheetName()).isEqualTo("Hinweise");
        assertThat(second.columnNames()).containsExactly("Hinweis");
        assertThat(second.rows()).containsExactly(new Row(3, List.of("Bitte nur Spalten A bis G ausfüllen.")));
    }

    @Test
    void refusesAnUnknownOrEmptySheet() throws Exception {
        byte[] workbook = twoSheetWorkbook();

        var unknown = catchThrowableOfType(UnreadableSpreadsheet.class, () -> Spreadsheets.readSheet(workbook, "Gibt es nicht"));
        assertThat(unknown.reason()).isEqualTo(Reason.NO_SUCH_SHEET);
        assertThat(unknown.messageArguments()).containsExactly("Gibt es nicht");

        var empty = catchThrowableOfType(UnreadableSpreadsheet.class, () -> Spreadsheets.readSheet(workbook, "Leer"));
        assertThat(empty.reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void aCsvFileHasNoSheetNamesAndIsReadAsItsOnlySheet() throws Exception {
        byte[] csv = utf8("Name\nA\n");

        assertThat(Spreadsheets.sheetNames(csv)).isEmpty();
        assertThat(Spreadsheets.readSheet(csv, "egal").rows()).hasSize(1);
    }

    @Test
    void recognisesDateFormats() {
        assertThat(XlsxReading.isDateFormat(14, "m/d/yy")).isTrue();
        assertThat(XlsxReading.isDateFormat(164, "dd.mm.yyyy")).isTrue();
        assertThat(XlsxReading.isDateFormat(165, "[$-407]d. mmmm yyyy;@")).isTrue();
        assertThat(XlsxReading.isDateFormat(166, "[h]:mm")).isTrue();
        assertThat(XlsxReading.isDateFormat(0, "General")).isFalse();
        assertThat(XlsxReading.isDateFormat(49, "@")).isFalse();
        assertThat(XlsxReading.isDateFormat(167, "#,##0.00 \"Tage\"")).isFalse();
        assertThat(XlsxReading.isDateFormat(168, "[Magenta]0.00")).isFalse();
        assertThat(XlsxReading.isDateFormat(169, "0.00E+00")).isFalse();
    }

    static byte[] twoSheetWorkbook() throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Test", "1.0");
        workbook.newWorksheet("Leer");
        var organisations = workbook.newWorksheet("Organisationen");
        List<String> header = List.of("Name", "PLZ", "PLZ als Zahl", "Gegründet", "Mitglieder", "Förderung", "Aktiv");
        for (int column = 0; column < header.size(); column++) {
            organisations.value(0, column, header.get(column));
        }
        organisations.value(1, 0, "Kontakt e.V.");
        organisations.value(1, 1, "19053");
        organisations.value(1, 2, 19053);
        organisations.value(1, 3, LocalDate.of(1998, 3, 1));
        organisations.style(1, 3).format("dd.mm.yyyy").set();
        organisations.value(1, 4, 120.0);
        organisations.value(1, 5, 1500.50);
        organisations.value(1, 6, true);
        organisations.value(3, 0, "  Sachsen-Verein ");
        organisations.value(3, 1, "01067");
        organisations.value(3, 2, 1067);
        organisations.value(3, 3, LocalDateTime.of(2001, 12, 24, 0, 0));
        organisations.style(3, 3).format("yyyy-mm-dd").set();
        organisations.value(3, 4, 7L);
        organisations.value(3, 5, 0.1 + 0.2);
        organisations.value(3, 6, false);
        organisations.value(4, 7, "=SUMME(A1)");
        var notes = workbook.newWorksheet("Hinweise");
        notes.value(1, 0, "Hinweis");
        notes.value(2, 0, "Bitte nur Spalten A bis G ausfüllen.");
        notes.setVisibilityState(VisibilityState.VISIBLE);
        workbook.finish();
        return out.toByteArray();
    }

    private static UnreadableSpreadsheet assertRefused(byte[] content, Reason reason, int row) {
        return assertRefused(content, SpreadsheetLimits.DEFAULT, reason, row);
    }

    private static UnreadableSpreadsheet assertRefused(byte[] content, SpreadsheetLimits limits, Reason reason, int row) {
        var refusal = catchThrowableOfType(UnreadableSpreadsheet.class, () -> Spreadsheets.read(content, limits));
        assertThat(refusal).as("refusal").isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.row()).isEqualTo(row);
        return refusal;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
