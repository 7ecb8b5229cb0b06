package de.bruecke.demo.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.CodeLists;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.Reach;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes synthetic organisations as a spreadsheet export from an association register would look: UTF-8 with BOM,
 * semicolons, German column headers, German names for languages, countries and categories.
 */
@Component
public class SyntheticCsv {

    public static final List<String> HEADERS = List.of("Externe ID", "Name", "Kurzname", "Art", "Einrichtungstyp",
            "Rechtsform", "Gründungsjahr", "Registergericht", "Registernummer", "Beschreibung", "Straße", "PLZ", "Ort",
            "Sprachen", "Herkunftsländer", "Themenfelder", "Angebote", "Funktionen", "Rollen", "Mitglieder",
            "Ehrenamtliche", "Hauptamtliche", "Stellen (VZÄ)", "Jahresbudget", "Räume", "Webseite", "E-Mail",
            "Telefon", "Sichtbarkeit");

    private final MessageSource messages;
    private final CodeLists codeLists;

    SyntheticCsv(MessageSource messages, CodeLists codeLists) {
        this.messages = messages;
        this.codeLists = codeLists;
    }

    void write(Path file, SyntheticProfiles generator, int count) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            write(writer, generator, count);
        }
    }

    void write(Writer writer, SyntheticProfiles generator, int count) throws IOException {
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
                .setHeader(HEADERS.toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(writer, format)) {
            for (int i = 0; i < count; i++) {
                var row = generator.generate(i);
                Profile p = row.profile();
                Basics b = p.basics();
                Reach r = p.reach();
                Capacity c = p.capacity();
                printer.printRecord(row.externalId(), b.name(), b.shortName(), label("kind", p.kind()),
                        label("institutionType", b.institutionType()), label("legalForm", b.legalForm()),
                        text(b.foundingYear()), b.registerCourt(), b.registerNumber(), b.description(), r.street(),
                        r.postcode(), row.place().name(),
                        names(r.languages(), code -> codeLists.languageName(code, Locale.GERMAN)),
                        names(r.communities(), code -> codeLists.countryName(code, Locale.GERMAN)),
                        names(c.fields(), f -> label("theme", f)), String.join(", ", c.services()),
                        names(c.functions(), f -> label("function", f)), names(c.roles(), f -> label("partnerRole", f)),
                        text(c.members()), text(c.volunteers()), text(c.paidStaff()), decimal(c.paidStaffFte()),
                        label("budget", c.budgetBand()), c.roomsAvailable() ? "ja" : "nein", b.website(),
                        b.publicEmail(), b.publicPhone(), switch (p.visibility()) {
                            case PUBLIC -> "öffentlich";
                            case NETWORK -> "Netzwerk";
                            case PRIVATE -> "privat";
                        });
            }
        }
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + "." + value.name(), null, value.name(), Locale.GERMAN);
    }

    private static <T> String names(List<T> values, Function<T, String> name) {
        return String.join(", ", values.stream().map(name).toList());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
