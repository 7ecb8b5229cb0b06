package de.bruecke.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetRoundTripProperties {

    @Property(tries = 1000)
    void csvGivesBackEveryCell(@ForAll("tables") List<List<String>> rows) throws Exception {
        assertRoundTrip(SpreadsheetFormat.CSV, rows);
    }

    @Property(tries = 200)
    void xlsxGivesBackEveryCell(@ForAll("tables") List<List<String>> rows) throws Exception {
        assertRoundTrip(SpreadsheetFormat.XLSX, rows);
    }

    private static void assertRoundTrip(SpreadsheetFormat format, List<List<String>> rows) throws Exception {
        List<String> header = List.of("Name", "Ort", "Notiz");
        var out = new ByteArrayOutputStream();
        try (var export = SpreadsheetExport.of(format, out, "Daten", header)) {
            for (List<String> row : rows) {
                export.row(row);
            }
        }

        Table table = Spreadsheets.read(out.toByteArray());

        assertThat(table.format()).isEqualTo(format);
        assertThat(table.columnNames()).isEqualTo(header);
        var expected = new ArrayList<Row>();
        for (int i = 0; i < rows.size(); i++) {
            var cells = new ArrayList<>(rows.get(i).stream().map(SpreadsheetRoundTripProperties::expected).toList());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                expected.add(new Row(i + 2, cells));
            }
        }
        assertThat(table.rows()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void neutralisedValuesNeverStartAFormulaAndCanBeUndone(@ForAll("cells") String value) {
        String neutralised = SpreadsheetCells.neutralise(value);

        assertThat(neutralised).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(SpreadsheetCells.unneutralise(neutralised)).isEqualTo(value);
    }

    private static String expected(String written) {
        return SpreadsheetCells.trim(SpreadsheetCells.exported(written));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return cells().list().ofSize(3).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> typical = Arbitraries.strings()
                .withChars(";,\t\r\n\"' =+-@#aZß€äÖ\u00A0\uFEFFДж中")
                .withCharRange('a', 'e')
                .ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, typical),
                net.jqwik.api.Tuple.of(1, anything),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "=1+2", "-5", "+49 30 1234", "@x", "'=x", "\"\"")));
    }
}
