package de.bruecke.organisation.importing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bruecke.organisation.profile.Profiles;
import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Importing organisations from real-world files: every row ends up imported, updated or rejected with a reason. */
@IntegrationTest
class ImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportRunner runner;

    /** What a finished job counted. */
    record Counts(int total, int processed, int imported, int updated, int rejected, String status) {
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String who) {
        return request.with(user(users.loadUserByUsername(who))).with(csrf());
    }

    MvcResult upload(String who, String fileName, byte[] content) throws Exception {
        return mvc.perform(as(multipart("/organisations/import")
                .file(new MockMultipartFile("file", fileName, "text/csv", content)), who)).andReturn();
    }

    /** Uploads a file and returns its job ID from the redirect to the next step. */
    UUID uploaded(String who, String fileName, byte[] content) throws Exception {
        MvcResult result = upload(who, fileName, content);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after upload, got: %s", result.getResponse().getContentAsString())
                .isNotNull().startsWith("/organisations/import/");
        return UUID.fromString(location.split("/")[3]);
    }

    /** Saves the guessed mapping of the job's columns. */
    void mapGuessed(UUID id, String who) throws Exception {
        List<String> header = jdbc.sql("select header from organisation_import_job where id = :id").param("id", id)
                .query((rs, n) -> Profiles.strings(rs.getArray(1))).single();
        MockHttpServletRequestBuilder request = as(post("/organisations/import/" + id + "/mapping"), who)
                .param("visibility", "PRIVATE");
        ColumnMapping mapping = ColumnMapping.guess(header);
        for (int i = 0; i < header.size(); i++) {
            request.param("column-" + i, mapping.names().get(i));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl()).endsWith("/preview");
    }

    Counts importFile(String who, String fileName, byte[] content) throws Exception {
        UUID id = uploaded(who, fileName, content);
        mapGuessed(id, who);
        start(id, who);
        return awaitDone(id);
    }

    UUID lastJob(String who) {
        return jdbc.sql("""
                select j.id from organisation_import_job j join account_user u on j.owner = u.id::text
                where u.email = :o order by j.created_at desc limit 1""").param("o", who)
                .query(UUID.class).single();
    }

    String start(UUID id, String who) throws Exception {
        return mvc.perform(as(post("/organisations/import/" + id + "/start"), who)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    Counts awaitDone(UUID id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            Counts counts = counts(id);
            if (counts.status().equals("DONE") || counts.status().equals("FAILED")) {
                return counts;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Import " + id + " did not finish: " + counts(id));
    }

    Counts counts(UUID id) {
        return jdbc.sql("""
                select total_rows, processed_rows, imported, updated, rejected, status from organisation_import_job where id = :id
                """).param("id", id)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6)))
                .single();
    }

    Map<Integer, String> reasonsByRow(UUID id) {
        return jdbc.sql("select row_number, reasons::text from organisation_import_row_result where job_id = :id and outcome = 'REJECTED'")
                .param("id", id).query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    String page(String url, String who) throws Exception {
        return mvc.perform(as(get(url), who)).andReturn().getResponse().getContentAsString();
    }

    List<CSVRecord> rejectedCsv(UUID id, String who) throws Exception {
        MvcResult result = mvc.perform(as(get("/organisations/import/" + id + "/rejected.csv"), who)).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    long organisationsNamed(String like) {
        return jdbc.sql("select count(*) from organisation where name like :n").param("n", like).query(Long.class)
                .single();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- tests ----------------------------------------------------------------------------------------------------

    @Test
    void aMessyWindows1252FileHasEveryRowAccountedForWithAReason() throws Exception {
        String u = unique();
        String csv = ImportFixtures.csv(';', List.of(
                List.of("Name", "PLZ", "Straße", "Sprachen", "Gründungsjahr", "Beschreibung", "Ort"),
                List.of("Türkischer Elternverein Köln " + u, "50667", "Domstraße 1", "Türkisch, Deutsch", "1998",
                        "Wir treffen uns jeden Montag.\nAlle sind willkommen.", "Köln"),
                List.of("Adresse falsch " + u, "Hauptstraße 5, 10117 Berlin", "", "", "", "", "Berlin"),
                List.of("Ohne PLZ " + u, "", "Am Markt 3", "", "", "", "Leipzig"),
                List.of("Türkischer Elternverein Köln " + u, "50667", "", "", "", "Doppelt eingetragen", "Köln"),
                List.of("Jahr kaputt " + u, "60311", "", "", "neunzehnhundert", "", "Frankfurt"),
                List.of("Sprache unbekannt " + u, "20095", "", "Klingonisch", "", "", "Hamburg"),
                List.of("=HYPERLINK(\"http://evil.example\",\"Hier klicken\")", "10117", "", "", "", "", "Berlin"),
                List.of("", "19053", "", "", "", "Name fehlt", "Schwerin"),
                List.of("Unbekannte PLZ " + u, "00000", "", "", "", "", "Nirgendwo"),
                List.of("Ärztinnen für Geflüchtete " + u, "04109", "", "ar, fa", "2016", "", "Leipzig")));
        Counts counts = importFile(DemoUsers.COORDINATOR, "verbände.csv", csv.getBytes(ImportFixtures.WINDOWS_1252));

        assertThat(counts.status()).isEqualTo("DONE");
        assertThat(counts.total()).isEqualTo(10);
        assertThat(counts.imported() + counts.updated() + counts.rejected()).isEqualTo(10);
        assertThat(counts.imported()).isEqualTo(2);
        assertThat(counts.rejected()).isEqualTo(8);

        UUID id = lastJob(DemoUsers.COORDINATOR);
        Map<Integer, String> reasons = reasonsByRow(id);
        assertThat(reasons).containsOnlyKeys(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(reasons.get(3)).contains("validation.postcode.format");
        assertThat(reasons.get(4)).contains("POSTCODE", "validation.required");
        assertThat(reasons.get(5)).contains("import.reason.duplicate", "\"2\"");
        assertThat(reasons.get(6)).contains("FOUNDING_YEAR", "validation.number");
        assertThat(reasons.get(7)).contains("LANGUAGES", "validation.code.unknown", "Klingonisch");
        assertThat(reasons.get(8)).contains("import.reason.formula");
        assertThat(reasons.get(9)).contains("NAME", "validation.required");
        assertThat(reasons.get(10)).contains("validation.postcode.unknown");

        var koeln = jdbc.sql("select name, description, languages, street, place_name from organisation where name = :n")
                .param("n", "Türkischer Elternverein Köln " + u)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.join(",", Profiles.strings(rs.getArray(3))),
                        rs.getString(4), rs.getString(5)))
                .single();
        assertThat(koeln.get(1)).isEqualTo("Wir treffen uns jeden Montag.\nAlle sind willkommen.");
        assertThat(koeln.get(2)).isEqualTo("tr,de");
        assertThat(koeln.get(3)).isEqualTo("Domstraße 1");
        assertThat(koeln.get(4)).isEqualTo("Köln");
        assertThat(organisationsNamed("%Hier klicken%")).isZero();

        String result = page("/organisations/import/" + id, DemoUsers.COORDINATOR);
        assertThat(result).contains("Zeile 3", "Postleitzahl mit 5 Ziffern", "Diese Organisation steht schon in Zeile 2",
                "Spalte „PLZ“: Bitte füllen Sie dieses Feld aus.", "Die Zelle enthält eine Formel");

        List<CSVRecord> rejected = rejectedCsv(id, DemoUsers.COORDINATOR);
        assertThat(rejected).hasSize(1 + 8);
        assertThat(rejected.get(0).get(0)).isEqualTo("Fehler");
        assertThat(rejected.get(0).get(1)).isEqualTo("Name");
        assertThat(rejected.get(1).get(0)).startsWith("Zeile 3: Spalte „PLZ“: ");
        assertThat(rejected.get(1).get(2)).isEqualTo("Hauptstraße 5, 10117 Berlin");
        CSVRecord formula = rejected.stream().filter(r -> r.get(0).startsWith("Zeile 8:")).findFirst().orElseThrow();
        assertThat(formula.get(1)).as("the formula is neutralised, not executed").startsWith("'=HYPERLINK(");
        assertThat(rejected).allSatisfy(record -> assertThat(record.values())
                .noneMatch(cell -> cell.startsWith("=") || cell.startsWith("@")));
    }

    @Test
    void aUtf8FileWithBomCommasAndEnglishHeadersIsGuessedAndImported() throws Exception {
        String u = unique();
        String csv = ImportFixtures.csv(',', List.of(
                List.of("Organization name", "Zip code", "Languages", "Kind", "Visibility", "Topics"),
                List.of("Café Nachbarschaft " + u, "10117", "Arabic, German", "MO", "public", "Culture; Education"),
                List.of("Integrationsbüro Mitte " + u, "10117", "de", "Einrichtung", "", "")));
        UUID id = uploaded(DemoUsers.ADMIN, "english.csv", ImportFixtures.utf8WithBom(csv));
        String mapping = page("/organisations/import/" + id + "/mapping", DemoUsers.ADMIN);
        assertThat(mapping).contains("Spalte „Zip code“", "Café Nachbarschaft");
        mapGuessed(id, DemoUsers.ADMIN);
        String preview = page("/organisations/import/" + id + "/preview", DemoUsers.ADMIN);
        assertThat(preview).contains("Café Nachbarschaft " + u, "10117 Berlin", "Art der Einrichtung");
        start(id, DemoUsers.ADMIN);
        Counts counts = awaitDone(id);

        assertThat(counts.imported()).isEqualTo(1);
        assertThat(counts.rejected()).as("an institution needs its type").isEqualTo(1);
        var cafe = jdbc.sql("select visibility, languages, fields, kind from organisation where name = :n")
                .param("n", "Café Nachbarschaft " + u)
                .query((rs, n) -> List.of(rs.getString(1), String.join(",", Profiles.strings(rs.getArray(2))),
                        String.join(",", Profiles.strings(rs.getArray(3))), rs.getString(4)))
                .single();
        assertThat(cafe).containsExactly("PUBLIC", "ar,de", "CULTURE,EDUCATION", "MO");
    }

    @Test
    void tenThousandRowsAreAllAccountedFor() throws Exception {
        String prefix = "Zehntausend " + unique();
        int rows = Integer.getInteger("bruecke.import.rows", 10_000);
        long started = System.nanoTime();
        Counts counts = importFile(DemoUsers.COORDINATOR, "gross.csv", ImportFixtures.generated(prefix, rows));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Import of %d rows took %d ms%n", rows, millis);

        assertThat(counts.status()).isEqualTo("DONE");
        assertThat(counts.total()).isEqualTo(rows);
        assertThat(counts.processed()).isEqualTo(rows);
        assertThat(counts.rejected()).as("every 100th row has no postcode").isEqualTo(rows / 100);
        assertThat(counts.imported()).isEqualTo(rows - rows / 100);
        assertThat(organisationsNamed(prefix + " %")).isEqualTo(counts.imported());
        UUID id = lastJob(DemoUsers.COORDINATOR);
        assertThat(jdbc.sql("select count(*) from organisation_import_row_result where job_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() throws Exception {
        String prefix = "Wiederholt " + unique();
        byte[] file = ImportFixtures.generated(prefix, 40);
        Counts first = importFile(DemoUsers.COORDINATOR, "wieder.csv", file);
        assertThat(first.imported()).isEqualTo(40);
        Counts second = importFile(DemoUsers.COORDINATOR, "wieder.csv", file);
        assertThat(second.imported()).isZero();
        assertThat(second.updated()).isEqualTo(40);
        assertThat(second.rejected()).isZero();
        assertThat(organisationsNamed(prefix + " %")).isEqualTo(40);

        String u = unique();
        String withIds = ImportFixtures.csv(';', List.of(List.of("ID", "Name", "PLZ"),
                List.of("ext-" + u, "Alter Name " + u, "19053")));
        importFile(DemoUsers.COORDINATOR, "ids.csv", withIds.getBytes(StandardCharsets.UTF_8));
        String renamed = ImportFixtures.csv(';', List.of(List.of("ID", "Name", "PLZ"),
                List.of("ext-" + u, "Neuer Name " + u, "19053")));
        Counts update = importFile(DemoUsers.COORDINATOR, "ids.csv", renamed.getBytes(StandardCharsets.UTF_8));
        assertThat(update.updated()).isEqualTo(1);
        assertThat(organisationsNamed("Alter Name " + u)).isZero();
        assertThat(organisationsNamed("Neuer Name " + u)).isEqualTo(1);
        String organisation = jdbc.sql("select id::text from organisation where external_id = :e").param("e", "ext-" + u)
                .query(String.class).single();
        String history = page("/organisations/" + organisation + "/history", DemoUsers.COORDINATOR);
        assertThat(history).contains("Kai Koordination", "Import (Datei / Zeile)", "ids.csv / 2", "Neuer Name " + u);
    }

    @Test
    void capacityColumnsAreImportedByTheirGermanLabels() throws Exception {
        String u = unique();
        String csv = ImportFixtures.csv(';', List.of(
                List.of("Name", "PLZ", "Angebote", "Funktionen", "Rollen", "Stellen (VZÄ)", "Hauptamtliche",
                        "Jahresbudget", "Räume"),
                List.of("Kapazität " + u, "10117", "Hausaufgabenhilfe, Bewerbungstraining",
                        "Brücke in die Gesellschaft, Dienstleistung und Beratung", "Projektträger, Interessen vertreten",
                        "1,5", "2", "bis 25.000 €", "ja"),
                List.of("Falsche Rolle " + u, "10117", "", "", "Bürgermeister", "", "", "", "vielleicht")));
        Counts counts = importFile(DemoUsers.COORDINATOR, "kapazitaet.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(counts.imported()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(1);
        var row = jdbc.sql("""
                select array_to_string(services, '|'), array_to_string(functions, ','), array_to_string(roles, ','),
                       paid_staff_fte::text, budget_band, rooms_available
                from organisation where name = :n""").param("n", "Kapazität " + u)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), String.valueOf(rs.getBoolean(6))))
                .single();
        assertThat(row).containsExactly("Hausaufgabenhilfe|Bewerbungstraining", "BRIDGE,SERVICE",
                "PROJECT_SPONSOR,INTEREST_REPRESENTATIVE", "1.50", "UP_TO_25K", "true");
        String reasons = reasonsByRow(lastJob(DemoUsers.COORDINATOR)).get(3);
        assertThat(reasons).contains("import.reason.choice", "Bürgermeister", "vielleicht");
    }

    @Test
    void anEmptyFileOrABinaryFileIsRefusedWithAClearMessage() throws Exception {
        long before = jdbc.sql("select count(*) from organisation_import_job").query(Long.class).single();
        MvcResult empty = upload(DemoUsers.COORDINATOR, "leer.csv", new byte[0]);
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        assertThat(empty.getResponse().getContentAsString()).contains("Bitte wählen Sie eine Datei aus.");
        MvcResult blank = upload(DemoUsers.COORDINATOR, "leer.csv", "\uFEFF  \r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(blank.getResponse().getContentAsString()).contains("Die Datei ist leer.");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        MvcResult binary = upload(DemoUsers.COORDINATOR, "foto.csv", png);
        assertThat(binary.getResponse().getStatus()).isEqualTo(200);
        assertThat(binary.getResponse().getContentAsString()).contains("Diese Datei ist keine Tabelle")
                .contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("select count(*) from organisation_import_job").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithTwoSheetsAsksWhichSheetToImport() throws Exception {
        String u = unique();
        byte[] workbook = ImportFixtures.twoSheets(List.of(List.of("Name", "PLZ", "Mitglieder"),
                List.of("Dresdner Kulturbrücke " + u, "01067", "25"),
                List.of("Rostocker Begegnung " + u, "18055", "zwölf")));
        MvcResult result = upload(DemoUsers.COORDINATOR, "liste.xlsx", workbook);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sheet");
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().split("/")[3]);
        assertThat(page("/organisations/import/" + id + "/sheet", DemoUsers.COORDINATOR))
                .contains("Hinweise", "Organisationen");
        MvcResult chosen = mvc.perform(as(post("/organisations/import/" + id + "/sheet"), DemoUsers.COORDINATOR)
                .param("sheet", "Organisationen")).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).endsWith("/mapping");
        mapGuessed(id, DemoUsers.COORDINATOR);
        start(id, DemoUsers.COORDINATOR);
        Counts counts = awaitDone(id);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.imported()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("select postcode from organisation where name = :n").param("n", "Dresdner Kulturbrücke " + u)
                .query(String.class).single()).as("Excel dropped the leading zero").isEqualTo("01067");
    }

    @Test
    void networkStaffImportOnlyInTheirArea() throws Exception {
        String u = unique();
        String csv = ImportFixtures.csv(';', List.of(List.of("Name", "PLZ"),
                List.of("Berliner Nachbarn " + u, "10117"),
                List.of("Schweriner Nachbarn " + u, "19053")));
        Counts counts = importFile(DemoUsers.NETWORK_STAFF, "netz.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(counts.imported()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(1);
        UUID id = lastJob(DemoUsers.NETWORK_STAFF);
        assertThat(reasonsByRow(id).get(3)).contains("import.reason.outsideArea");
        assertThat(organisationsNamed("Schweriner Nachbarn " + u)).isZero();
        assertThat(page("/organisations/import/" + id, DemoUsers.NETWORK_STAFF))
                .contains("Die Postleitzahl 19053 liegt nicht im Gebiet Ihres Netzwerks.");
    }

    @Test
    void anotherPersonsImportDoesNotExistForThem() throws Exception {
        String csv = ImportFixtures.csv(';', List.of(List.of("Name", "PLZ"), List.of("Fremd " + unique(), "10117")));
        UUID id = uploaded(DemoUsers.COORDINATOR, "fremd.csv", csv.getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("", "/mapping", "/preview", "/sheet", "/rejected.csv")) {
            assertThat(mvc.perform(as(get("/organisations/import/" + id + path), DemoUsers.ADMIN)).andReturn()
                    .getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(as(post("/organisations/import/" + id + "/start"), DemoUsers.ADMIN)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(as(get("/organisations/import/" + id), DemoUsers.MO_ADMIN)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(counts(id).status()).isEqualTo("DRAFT");
    }

    @Test
    void submittingTheStartFormTwiceRunsTheImportOnce() throws Exception {
        String prefix = "Doppelklick " + unique();
        UUID id = uploaded(DemoUsers.COORDINATOR, "klick.csv", ImportFixtures.generated(prefix, 30));
        mapGuessed(id, DemoUsers.COORDINATOR);
        long jobs = jdbc.sql("select count(*) from organisation_import_job").query(Long.class).single();
        assertThat(start(id, DemoUsers.COORDINATOR)).isEqualTo("/organisations/import/" + id);
        assertThat(start(id, DemoUsers.COORDINATOR)).isEqualTo("/organisations/import/" + id);
        Counts counts = awaitDone(id);
        assertThat(start(id, DemoUsers.COORDINATOR)).isEqualTo("/organisations/import/" + id);
        assertThat(jdbc.sql("select count(*) from organisation_import_job").query(Long.class).single()).isEqualTo(jobs);
        assertThat(counts.imported()).isEqualTo(30);
        assertThat(organisationsNamed(prefix + " %")).isEqualTo(30);
        assertThat(page("/organisations/import/" + id + "/mapping", DemoUsers.COORDINATOR)).isEmpty();
    }

    @Test
    void anImportInterruptedAfterABatchContinuesFromItsCheckpoint() throws Exception {
        String prefix = "Neustart " + unique();
        int rows = ImportRunner.BATCH_SIZE * 2 + 100;
        UUID id = uploaded(DemoUsers.COORDINATOR, "neustart.csv", ImportFixtures.generated(prefix, rows));
        mapGuessed(id, DemoUsers.COORDINATOR);
        jdbc.sql("update organisation_import_job set status = 'RUNNING', runner = 'dead-node', heartbeat_at = now() where id = :id")
                .param("id", id).update();
        runner.run(id, "dead-node", 1);
        Counts halfway = counts(id);
        assertThat(halfway.status()).isEqualTo("RUNNING");
        assertThat(halfway.processed()).isEqualTo(ImportRunner.BATCH_SIZE);

        jdbc.sql("update organisation_import_job set heartbeat_at = now() - interval '1 hour' where id = :id").param("id", id)
                .update();
        Counts counts = awaitDone(id);
        assertThat(counts.processed()).isEqualTo(rows);
        assertThat(counts.imported() + counts.rejected()).isEqualTo(rows);
        assertThat(counts.rejected()).isEqualTo(rows / 100);
        assertThat(organisationsNamed(prefix + " %")).isEqualTo(counts.imported());
    }

    @Test
    void theMappingIsGuessedFromTheHeaderAndRememberedForTheNextFile() throws Exception {
        String header = "Verein;Postleitzahl;Bemerkung\r\n";
        String body = "Gemeinsam " + unique() + ";10117;Hallo\r\n";
        UUID first = uploaded(DemoUsers.COORDINATOR, "a.csv", (header + body).getBytes(StandardCharsets.UTF_8));
        String guessed = page("/organisations/import/" + first + "/mapping", DemoUsers.COORDINATOR);
        assertThat(guessed).containsPattern("id=\"column-1\"[^>]*>\\s*<option value=\"\">[^<]*</option>(\\s*<option[^>]*>[^<]*</option>)*?\\s*<option value=\"POSTCODE\" selected");

        MvcResult missing = mvc.perform(as(post("/organisations/import/" + first + "/mapping"), DemoUsers.COORDINATOR)
                .param("column-0", "").param("column-1", "POSTCODE").param("column-2", "POSTCODE")
                .param("visibility", "NETWORK")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        assertThat(missing.getResponse().getContentAsString())
                .contains("Bitte ordnen Sie eine Spalte dem Feld „Name der Organisation“ zu.",
                        "Dieses Feld ist mehreren Spalten zugeordnet.")
                .containsPattern("value=\"NETWORK\"[^>]*checked");

        assertThat(mvc.perform(as(post("/organisations/import/" + first + "/mapping"), DemoUsers.COORDINATOR)
                .param("column-0", "NAME").param("column-1", "POSTCODE").param("column-2", "DESCRIPTION")
                .param("visibility", "NETWORK")).andReturn().getResponse().getRedirectedUrl()).endsWith("/preview");
        UUID second = uploaded(DemoUsers.COORDINATOR, "b.csv", (header + body).getBytes(StandardCharsets.UTF_8));
        String remembered = page("/organisations/import/" + second + "/mapping", DemoUsers.COORDINATOR);
        assertThat(remembered).contains("Wir haben die Zuordnung übernommen")
                .containsPattern("<option value=\"DESCRIPTION\" selected");
    }
}
