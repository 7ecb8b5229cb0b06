package de.bruecke.organisation.importing;

import java.util.Set;

import de.bruecke.demo.synthetic.SyntheticCsv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFieldTest {

    /** The place comes from the PLZ. */
    static final Set<String> NOT_IMPORTED = Set.of("Ort");

    @Test
    void theSyntheticCsvMapsWithoutHelp() {
        assertThat(SyntheticCsv.HEADERS).filteredOn(header -> !NOT_IMPORTED.contains(header))
                .allSatisfy(header -> assertThat(ImportField.guess(header)).as(header).isPresent());
        assertThat(ImportField.guess("Einrichtungstyp")).contains(ImportField.INSTITUTION_TYPE);
        assertThat(ImportField.guess("Art")).contains(ImportField.KIND);
    }
}
