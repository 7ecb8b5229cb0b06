package de.bruecke.organisation.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.AreaOfActivity;
import de.bruecke.organisation.profile.Basics;
import de.bruecke.organisation.profile.Capacity;
import de.bruecke.organisation.profile.Profile;
import de.bruecke.organisation.profile.ProfileForms;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.organisation.profile.Reach;
import de.bruecke.platform.spreadsheet.Row;
import de.bruecke.platform.spreadsheet.SpreadsheetCells;
import de.bruecke.region.Area;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Decides what each row of an imported file becomes: a new organisation, an update of an existing one, or a rejection
 * with reasons. Every row passes the same rules as the profile form ({@link ProfileForms}); nothing is written here.
 *
 * <p>A row updates the organisation with the same external ID, or else the one with the same name (case and accents
 * ignored) and postcode. A row that names an organisation an earlier row of the same file already imported or updated
 * is rejected as a duplicate pointing to that row.
 */
@Component
class ImportRows {

    /** Local organisations without a radius get this one, as the profile form requires a radius. */
    static final String DEFAULT_RADIUS_KM = "25";
    static final int PREVIEW_ROWS = 20;

    private static final Pattern FORMULA = Pattern.compile("^(=|[+\\-@]\\s*[\\p{L}_.]+\\s*\\()");
    private static final int MAX_EXTERNAL_ID = 100;
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final ProfileForms forms;
    private final ImportVocabulary vocabulary;
    private final Profiles profiles;
    private final Gazetteer gazetteer;
    private final JdbcClient jdbc;
    private final Clock clock;

    ImportRows(ProfileForms forms, ImportVocabulary vocabulary, Profiles profiles, Gazetteer gazetteer,
            JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.forms = forms;
        this.vocabulary = vocabulary;
        this.profiles = profiles;
        this.gazetteer = gazetteer;
        this.jdbc = jdbc;
    }

    /** What a job applies to every row. */
    record Settings(ColumnMapping mapping, Visibility defaultVisibility, Area area, Locale locale) {

        static Settings of(ImportJob job) {
            return new Settings(job.mapping(), job.defaultVisibility(), job.area(), job.locale());
        }
    }

    /**
     * What one row becomes. For an import or update: the profile as it will be saved, the changes against the
     * version that was loaded, and the keys that identify the organisation within the file.
     */
    record Plan(Row row, ImportOutcome outcome, List<ImportReason> reasons, Profile profile,
            List<Profile.Change> changes, int loadedVersion, Place place, String externalId, List<String> keys) {

        static Plan rejected(Row row, List<ImportReason> reasons) {
            return new Plan(row, ImportOutcome.REJECTED, List.copyOf(reasons), null, List.of(), -1, null, null,
                    List.of());
        }

        public int number() {
            return row.number();
        }

        public boolean rejected() {
            return outcome == ImportOutcome.REJECTED;
        }
    }

    /** The mapped cells of a row, and the cells that cannot be taken at all. */
    private record Cells(Map<ImportField, String> values, List<ImportReason> problems) {

        boolean has(ImportField field) {
            String value = values.get(field);
            return value != null && !value.isBlank();
        }

        String get(ImportField field) {
            return has(field) ? values.get(field) : null;
        }

        String or(ImportField field, String current) {
            return has(field) ? values.get(field) : current;
        }
    }

    /** An organisation that already exists with the name and postcode of a row. */
    private record Candidate(UUID id, String externalId) {
    }

    /**
     * Plans a batch of rows in order. {@code accepted} holds the keys of rows imported or updated earlier in the same
     * file with their row numbers; the rows accepted here are added to it.
     */
    List<Plan> plan(Settings settings, List<Row> rows, Map<String, Integer> accepted) {
        List<Cells> cells = rows.stream().map(row -> cells(row, settings.mapping())).toList();
        List<String> folded = new ArrayList<>();
        List<List<Candidate>> byNameAndPostcode = new ArrayList<>();
        matchByNameAndPostcode(cells, folded, byNameAndPostcode);
        Map<String, UUID> byExternalId = matchByExternalId(cells);
        Set<UUID> ids = new LinkedHashSet<>(byExternalId.values());
        byNameAndPostcode.forEach(candidates -> candidates.forEach(c -> ids.add(c.id())));
        Map<UUID, Profile> existing = profiles.findAll(ids);
        List<Plan> plans = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Cells row = cells.get(i);
            String externalId = row.get(ImportField.EXTERNAL_ID);
            UUID match = externalId == null ? null : byExternalId.get(externalId);
            if (match == null) {
                match = byNameAndPostcode.get(i).stream()
                        .filter(c -> externalId == null || c.externalId() == null || c.externalId().equals(externalId))
                        .map(Candidate::id).findFirst().orElse(null);
            }
            Plan plan = plan(settings, rows.get(i), row, match == null ? null : existing.get(match), externalId,
                    folded.get(i), accepted);
            plans.add(plan);
        }
        return plans;
    }

    private Plan plan(Settings settings, Row row, Cells cells, Profile existing, String externalId, String foldedName,
            Map<String, Integer> accepted) {
        Locale locale = settings.locale();
        List<ImportReason> reasons = new ArrayList<>(cells.problems());
        OrganisationKind kind = existing == null ? OrganisationKind.MO : existing.kind();
        if (cells.has(ImportField.KIND)) {
            var named = vocabulary.kind(cells.get(ImportField.KIND), locale);
            if (named.isEmpty()) {
                reasons.add(ImportReason.of(ImportField.KIND, "import.reason.kind", cells.get(ImportField.KIND)));
            }
            else if (existing != null && named.get() != existing.kind()) {
                reasons.add(ImportReason.of(ImportField.KIND, "import.reason.kindChanged"));
            }
            else {
                kind = named.get();
            }
        }
        Profile base = existing != null ? existing : blank(kind, settings.defaultVisibility());
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "row");
        Basics basics = forms.basics(basicsForm(base, cells, locale), kind, errors);
        Reach reach = forms.reach(reachForm(base, cells), locale, errors);
        Capacity capacity = forms.capacity(capacityForm(base, cells, locale, reasons), errors);
        Visibility visibility = forms.visibility(new ProfileForms.VisibilityForm("",
                cells.has(ImportField.VISIBILITY) ? vocabulary.visibility(cells.get(ImportField.VISIBILITY), locale)
                        : base.visibility().name()), errors);
        Set<String> fieldsWithProblems = new LinkedHashSet<>();
        reasons.forEach(reason -> fieldsWithProblems.add(reason.field()));
        for (FieldError error : errors.getFieldErrors()) {
            String field = ImportField.ofFormField(error.getField()).map(ImportField::name).orElse(null);
            if (field == null || !fieldsWithProblems.contains(field)) {
                Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
                reasons.add(new ImportReason(field, error.getCode(),
                        java.util.Arrays.stream(args).map(String::valueOf).toList()));
            }
        }
        if (!reasons.isEmpty()) {
            return Plan.rejected(row, reasons);
        }
        Place place = gazetteer.place(reach.postcode()).orElse(null);
        boolean outside = !settings.area().covers(place) || (existing != null
                && !settings.area().covers(gazetteer.place(existing.reach().postcode()).orElse(null)));
        if (place == null || outside) {
            return Plan.rejected(row, List.of(ImportReason.of(ImportField.POSTCODE, "import.reason.outsideArea",
                    reach.postcode())));
        }
        List<String> keys = new ArrayList<>();
        if (externalId != null) {
            keys.add("id:" + externalId);
        }
        if (foldedName != null) {
            keys.add("np:" + reach.postcode() + "|" + foldedName);
        }
        if (existing != null) {
            keys.add("org:" + existing.id());
        }
        for (String key : keys) {
            Integer earlier = accepted.get(key);
            if (earlier != null) {
                return Plan.rejected(row, List.of(ImportReason.of(null, "import.reason.duplicate", earlier)));
            }
        }
        keys.forEach(key -> accepted.put(key, row.number()));
        Profile.Edit withBasics = base.withBasics(basics);
        Profile.Edit withReach = withBasics.profile().withReach(reach);
        Profile.Edit withCapacity = withReach.profile().withCapacity(capacity);
        Profile.Edit withVisibility = withCapacity.profile().withVisibility(visibility);
        List<Profile.Change> changes = new ArrayList<>();
        changes.addAll(withBasics.changes());
        changes.addAll(withReach.changes());
        changes.addAll(withCapacity.changes());
        changes.addAll(withVisibility.changes());
        return new Plan(row, existing == null ? ImportOutcome.IMPORTED : ImportOutcome.UPDATED, List.of(),
                withVisibility.profile(), List.copyOf(changes), base.version(), place, externalId,
                keys.stream().filter(k -> !k.startsWith("org:")).toList());
    }

    private Profile blank(OrganisationKind kind, Visibility visibility) {
        return Profile.draft(kind, "", "", visibility, clock.instant());
    }

    private ProfileForms.BasicsForm basicsForm(Profile base, Cells cells, Locale locale) {
        var current = ProfileForms.BasicsForm.of(base);
        String institutionType = cells.has(ImportField.INSTITUTION_TYPE)
                ? vocabulary.institutionType(cells.get(ImportField.INSTITUTION_TYPE), locale)
                : current.institutionType();
        String legalForm = cells.has(ImportField.LEGAL_FORM)
                ? vocabulary.legalForm(cells.get(ImportField.LEGAL_FORM), locale) : current.legalForm();
        return new ProfileForms.BasicsForm(current.version(), cells.or(ImportField.NAME, current.name()),
                cells.or(ImportField.SHORT_NAME, current.shortName()), institutionType, legalForm,
                cells.or(ImportField.FOUNDING_YEAR, current.foundingYear()),
                cells.or(ImportField.REGISTER_COURT, current.registerCourt()),
                cells.or(ImportField.REGISTER_NUMBER, current.registerNumber()),
                cells.or(ImportField.DESCRIPTION, current.description()),
                cells.or(ImportField.WEBSITE, current.website()), cells.or(ImportField.EMAIL, current.publicEmail()),
                cells.or(ImportField.PHONE, current.publicPhone()),
                cells.or(ImportField.UMBRELLAS, current.umbrellas()));
    }

    private ProfileForms.ReachForm reachForm(Profile base, Cells cells) {
        Reach r = base.reach();
        String radius = r.radiusKm() == null ? "" : String.valueOf(r.radiusKm());
        if (r.area() == AreaOfActivity.LOCAL && radius.isEmpty()) {
            radius = DEFAULT_RADIUS_KM;
        }
        boolean languages = cells.has(ImportField.LANGUAGES);
        boolean communities = cells.has(ImportField.COMMUNITIES);
        return new ProfileForms.ReachForm("", cells.or(ImportField.STREET, r.street()),
                cells.or(ImportField.POSTCODE, r.postcode()), r.area().name(),
                cells.or(ImportField.RADIUS_KM, radius), r.laender(), String.join(", ", r.kreise()),
                languages ? List.of() : r.languages(), languages ? cells.get(ImportField.LANGUAGES) : "",
                communities ? List.of() : r.communities(), communities ? cells.get(ImportField.COMMUNITIES) : "");
    }

    private ProfileForms.CapacityForm capacityForm(Profile base, Cells cells, Locale locale,
            List<ImportReason> reasons) {
        var current = ProfileForms.CapacityForm.of(base);
        List<String> fields = current.fields();
        if (cells.has(ImportField.FIELDS)) {
            fields = new ArrayList<>();
            for (String token : ProfileForms.split(cells.get(ImportField.FIELDS))) {
                var field = vocabulary.field(token, locale);
                if (field.isPresent()) {
                    fields.add(field.get().name());
                }
                else {
                    reasons.add(ImportReason.of(ImportField.FIELDS, "import.reason.theme", token));
                }
            }
        }
        List<String> functions = cells.has(ImportField.FUNCTIONS)
                ? codes(cells, ImportField.FUNCTIONS, token -> vocabulary.function(token, locale), reasons)
                : current.functions();
        List<String> roles = cells.has(ImportField.ROLES)
                ? codes(cells, ImportField.ROLES, token -> vocabulary.role(token, locale), reasons)
                : current.roles();
        String budget = cells.has(ImportField.BUDGET_BAND)
                ? vocabulary.budgetBand(cells.get(ImportField.BUDGET_BAND), locale) : current.budgetBand();
        String rooms = cells.has(ImportField.ROOMS) ? ImportVocabulary.yesNo(cells.get(ImportField.ROOMS))
                : current.roomsAvailable();
        if (!rooms.isEmpty() && !rooms.equals("true")) {
            reasons.add(ImportReason.of(ImportField.ROOMS, "import.reason.choice", rooms));
        }
        return new ProfileForms.CapacityForm("", fields, cells.or(ImportField.SERVICES, current.services()), functions,
                roles, cells.or(ImportField.MEMBERS, current.members()),
                cells.or(ImportField.VOLUNTEERS, current.volunteers()), cells.or(ImportField.PAID_STAFF,
                        current.paidStaff()), cells.or(ImportField.PAID_STAFF_FTE, current.paidStaffFte()), budget,
                rooms, current.roomsDescription(), current.cooperationPartner(),
                current.cooperationTopic(), current.cooperationYear(), current.cooperationOutcome());
    }

    private static List<String> codes(Cells cells, ImportField field, Function<String, Optional<String>> lookup,
            List<ImportReason> reasons) {
        List<String> codes = new ArrayList<>();
        for (String token : ProfileForms.split(cells.get(field))) {
            Optional<String> code = lookup.apply(token);
            if (code.isPresent()) {
                codes.add(code.get());
            }
            else {
                reasons.add(ImportReason.of(field, "import.reason.choice", token));
            }
        }
        return codes;
    }

    private static Cells cells(Row row, ColumnMapping mapping) {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        List<ImportReason> problems = new ArrayList<>();
        for (int column = 0; column < mapping.columns().size(); column++) {
            ImportField field = mapping.at(column);
            if (field == null) {
                continue;
            }
            String value = SpreadsheetCells.unneutralise(row.cell(column));
            if (FORMULA.matcher(value).find()) {
                problems.add(ImportReason.of(field, "import.reason.formula"));
            }
            else if (unreadable(value)) {
                problems.add(ImportReason.of(field, "import.reason.unreadable"));
            }
            else if (field == ImportField.EXTERNAL_ID && value.length() > MAX_EXTERNAL_ID) {
                problems.add(ImportReason.of(field, "validation.tooLong"));
            }
            else {
                if (field == ImportField.POSTCODE && FOUR_DIGITS.matcher(value).matches()) {
                    value = "0" + value;
                }
                values.put(field, value);
            }
        }
        return new Cells(values, problems);
    }

    private static boolean unreadable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
        }
        return false;
    }

    /** Folds the names in the database (as its index does) and finds organisations with the same name and postcode. */
    private void matchByNameAndPostcode(List<Cells> cells, List<String> folded, List<List<Candidate>> candidates) {
        String[] names = new String[cells.size()];
        String[] postcodes = new String[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).get(ImportField.NAME);
            String postcode = cells.get(i).get(ImportField.POSTCODE);
            boolean usable = name != null && postcode != null && Gazetteer.isWellFormedPostcode(postcode.strip());
            names[i] = usable ? name.strip() : null;
            postcodes[i] = usable ? postcode.strip() : null;
            folded.add(null);
            candidates.add(new ArrayList<>());
        }
        jdbc.sql("""
                select x.i, bruecke_fold(x.name) as folded, o.id, o.external_id
                from unnest(cast(:names as text[]), cast(:postcodes as text[])) with ordinality as x(name, postcode, i)
                left join organisation o
                       on o.postcode = cast(x.postcode as char(5)) and bruecke_fold(o.name) = bruecke_fold(x.name)
                where x.name is not null
                order by x.i, o.created_at
                """)
                .param("names", names).param("postcodes", postcodes)
                .query((java.sql.ResultSet rs) -> {
                    int index = rs.getInt("i") - 1;
                    folded.set(index, rs.getString("folded"));
                    UUID id = rs.getObject("id", UUID.class);
                    if (id != null) {
                        candidates.get(index).add(new Candidate(id, rs.getString("external_id")));
                    }
                });
    }

    private Map<String, UUID> matchByExternalId(List<Cells> cells) {
        Set<String> externalIds = new LinkedHashSet<>();
        cells.forEach(c -> {
            if (c.has(ImportField.EXTERNAL_ID)) {
                externalIds.add(c.get(ImportField.EXTERNAL_ID));
            }
        });
        Map<String, UUID> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select external_id, id from organisation where external_id in (:ids)").param("ids", externalIds)
                .query((java.sql.ResultSet rs) -> {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return found;
    }
}
