package de.bruecke.organisation.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.profile.CodeLists;
import de.bruecke.organisation.profile.ProfileChoices;
import de.bruecke.organisation.profile.Viewer;
import de.bruecke.platform.Actor;
import de.bruecke.platform.spreadsheet.SpreadsheetExport;
import de.bruecke.platform.spreadsheet.SpreadsheetFormat;
import de.bruecke.region.Areas;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Downloads every match of a directory search (not only the shown page) as CSV or XLSX. The rows are the ones the
 * list shows to the same person, with public fields only: contact persons are never exported.
 */
@Controller
class DirectoryExport {

    static final List<String> COLUMNS = List.of("name", "shortName", "kind", "type", "postcode", "place", "land",
            "languages", "fields", "roles", "website", "email", "phone", "verified", "updated", "profile");

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final DirectorySearch search;
    private final Areas areas;
    private final ProfileChoices choices;
    private final CodeLists codeLists;
    private final MessageSource messages;
    private final Clock clock;

    DirectoryExport(DirectorySearch search, Areas areas, ProfileChoices choices, CodeLists codeLists,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.search = search;
        this.areas = areas;
        this.choices = choices;
        this.codeLists = codeLists;
        this.messages = messages;
    }

    @GetMapping("/organisations/export.csv")
    void csv(@RequestParam MultiValueMap<String, String> params, Actor actor, Locale locale,
            HttpServletResponse response) throws IOException {
        export(SpreadsheetFormat.CSV, params, actor, locale, response);
    }

    @GetMapping("/organisations/export.xlsx")
    void xlsx(@RequestParam MultiValueMap<String, String> params, Actor actor, Locale locale,
            HttpServletResponse response) throws IOException {
        export(SpreadsheetFormat.XLSX, params, actor, locale, response);
    }

    private void export(SpreadsheetFormat format, MultiValueMap<String, String> params, Actor actor, Locale locale,
            HttpServletResponse response) throws IOException {
        SearchQuery query = SearchQuery.from(params).onPage(1);
        Viewer viewer = Viewer.of(actor, areas);
        String fileName = messages.getMessage("directory.export.file", null, locale) + "-"
                + LocalDate.now(clock.withZone(GERMANY)) + "." + format.extension();
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Cells cells = new Cells(choices.in(locale), locale,
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/organisations/").toUriString());
        List<String> header = COLUMNS.stream()
                .map(column -> messages.getMessage("directory.export.column." + column, null, locale)).toList();
        try (SpreadsheetExport export = SpreadsheetExport.of(format, response.getOutputStream(),
                messages.getMessage("directory.export.sheet", null, locale), header)) {
            search.list(query, viewer, row -> {
                try {
                    export.row(cells.of(row));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Turns a match into the cells of one row, with codes and enums named in the reader's language. */
    private final class Cells {

        private final Locale locale;
        private final String profileBase;
        private final Map<String, String> kinds;
        private final Map<String, String> types;
        private final Map<String, String> laender;
        private final Map<String, String> fields;
        private final Map<String, String> roles;

        Cells(ProfileChoices.Labelled labels, Locale locale, String profileBase) {
            this.locale = locale;
            this.profileBase = profileBase;
            this.kinds = Arrays.stream(OrganisationKind.values()).collect(Collectors.toMap(Enum::name,
                    kind -> messages.getMessage("kind." + kind, null, locale)));
            this.types = labels.institutionTypes();
            this.laender = labels.laender();
            this.fields = labels.fields();
            this.roles = labels.roles();
        }

        List<String> of(DirectorySearch.Listed row) {
            return List.of(row.name(), row.shortName(), kinds.get(row.kind().name()), named(row.institutionType(), types),
                    row.postcode(), text(row.placeName()), named(row.landKey(), laender),
                    row.languages().stream().map(code -> codeLists.languageName(code, locale))
                            .collect(Collectors.joining(", ")),
                    named(row.fields(), fields), named(row.roles(), roles), text(row.website()),
                    text(row.publicEmail()), text(row.publicPhone()), date(row.verifiedAt()), date(row.updatedAt()),
                    profileBase + row.id());
        }

        private static String named(List<String> codes, Map<String, String> names) {
            return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
        }

        private static String named(String code, Map<String, String> names) {
            return code == null ? "" : names.getOrDefault(code, code);
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }

        private static String date(Instant instant) {
            return instant == null ? "" : LocalDate.ofInstant(instant, GERMANY).toString();
        }
    }
}
