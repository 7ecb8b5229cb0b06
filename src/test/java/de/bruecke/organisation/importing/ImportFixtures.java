package de.bruecke.organisation.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/** Builds import files the way people send them: CSV in different encodings and delimiters, or XLSX workbooks. */
final class ImportFixtures {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> POSTCODES = List.of("10117", "19053", "50667", "60311", "04109", "20095", "80331",
            "01067", "33602", "18055");

    private ImportFixtures() {
    }

    /** A CSV text with CRLF line ends from rows of cells, quoting cells that need it. */
    static String csv(char delimiter, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
                cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        return text.toString();
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(body, 0, content, 3, body.length);
        return content;
    }

    /** Synthetic organisations, one per row: name, postcode, languages, founding year; every 100th row lacks a postcode. */
    static byte[] generated(String prefix, int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name", "PLZ", "Sprachen", "Gründungsjahr", "Mitglieder", "Beschreibung"));
        for (int i = 1; i <= count; i++) {
            String postcode = i % 100 == 0 ? "" : POSTCODES.get(i % POSTCODES.size());
            rows.add(List.of(prefix + " Verein " + i, postcode, i % 2 == 0 ? "de, tr" : "ar", String.valueOf(1950 + i % 70),
                    String.valueOf(i % 500), "Begegnung und Beratung Nummer " + i));
        }
        return csv(';', rows).getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet holds notes and whose second holds the organisations. */
    static byte[] twoSheets(List<List<String>> organisations) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Test", "1.0");
        var notes = workbook.newWorksheet("Hinweise");
        notes.value(0, 0, "Diese Liste stammt vom Landesnetzwerk.");
        notes.value(1, 0, "Stand: Januar");
        var sheet = workbook.newWorksheet("Organisationen");
        for (int r = 0; r < organisations.size(); r++) {
            for (int c = 0; c < organisations.get(r).size(); c++) {
                String value = organisations.get(r).get(c);
                if (r > 0 && c == 1 && value.matches("\\d+")) {
                    sheet.value(r, c, Integer.parseInt(value));
                }
                else {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
