package de.bruecke.organisation.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.organisation.Visibility;
import de.bruecke.platform.Actor;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.spreadsheet.RejectedRows;
import de.bruecke.platform.spreadsheet.Row;
import de.bruecke.platform.spreadsheet.SpreadsheetFormat;
import de.bruecke.platform.spreadsheet.SpreadsheetLimits;
import de.bruecke.platform.spreadsheet.Spreadsheets;
import de.bruecke.platform.spreadsheet.Table;
import de.bruecke.platform.spreadsheet.UnreadableSpreadsheet;
import de.bruecke.region.Area;
import de.bruecke.region.Areas;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Importing organisations from a CSV or XLSX file: upload, choose the sheet, map the columns, preview, start; then the
 * progress and result page with the rejected rows as a CSV download. Each person sees only their own imports.
 */
@Controller
class ImportController {

    static final String BASE = "/organisations/import";
    static final String JOB = BASE + "/{id:[0-9a-fA-F-]{36}}";
    static final SpreadsheetLimits LIMITS = SpreadsheetLimits.DEFAULT;
    private static final int PAGE_SIZE = 50;
    private static final int EXAMPLES = 3;

    private final ImportJobs jobs;
    private final ImportRows rows;
    private final Areas areas;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(ImportJobs jobs, ImportRows rows, Areas areas, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.rows = rows;
        this.areas = areas;
        this.messages = messages;
    }

    /** Coordinators and administrators import anywhere, network staff in their area. */
    /** A column of the file on the mapping page: its name, some values, and the field chosen for it. */
    record ColumnChoice(int index, String name, List<String> examples, String field, boolean repeated) {

        public String id() {
            return "column-" + index;
        }
    }

    /** A row as the preview and the result lists show it. */
    record RowView(int number, ImportOutcome outcome, String name, String place, UUID organisationId,
            List<String> reasons) {
    }

    @GetMapping(BASE)
    String start(Actor actor, Model model) {
        return startPage(actor, model);
    }

    @PostMapping(BASE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Actor actor,
            Locale locale, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("import.upload.missing", null, locale));
            return startPage(actor, model);
        }
        try {
            byte[] content = Spreadsheets.bytes(file.getInputStream(), LIMITS);
            List<String> sheets = Spreadsheets.sheetNames(content, LIMITS);
            Table first = Spreadsheets.read(content, LIMITS);
            Area area = areas.of(actor);
            ImportJob job = jobs.insert(ImportJob.draft(actor.ownerKey(), actor.displayName(), locale,
                    fileName(file), sheets, area, clock.instant()), content);
            UUID id = job.id();
            if (sheets.size() > 1) {
                return "redirect:" + BASE + "/" + id + "/sheet";
            }
            jobs.save(job.withSheet(first.format() == SpreadsheetFormat.XLSX ? first.sheetName() : null,
                    first.columnNames(), first.rows().size()));
            return "redirect:" + BASE + "/" + id + "/mapping";
        }
        catch (UnreadableSpreadsheet unreadable) {
            model.addAttribute("fileError", messages.getMessage(unreadable.messageKey(),
                    unreadable.messageArguments(), locale));
            return startPage(actor, model);
        }
        catch (IOException broken) {
            model.addAttribute("fileError", messages.getMessage("spreadsheet.error.malformed", null, locale));
            return startPage(actor, model);
        }
    }

    @GetMapping(JOB + "/sheet")
    String sheet(@PathVariable UUID id, Actor actor, Model model) {
        ImportJob job = draft(id, actor);
        model.addAttribute("job", job);
        model.addAttribute("chosen", job.sheetName() != null ? job.sheetName() : firstSheetWithContent(job));
        return "organisation/import-sheet";
    }

    @PostMapping(JOB + "/sheet")
    String chooseSheet(@PathVariable UUID id, @RequestParam(defaultValue = "") String sheet,
            Actor actor, Locale locale, Model model) {
        ImportJob job = draft(id, actor);
        model.addAttribute("job", job);
        model.addAttribute("chosen", sheet);
        if (!job.sheetNames().contains(sheet)) {
            model.addAttribute("sheetError", messages.getMessage("validation.choose", null, locale));
            return "organisation/import-sheet";
        }
        try {
            Table table = Spreadsheets.readSheet(jobs.content(id), sheet, LIMITS);
            jobs.save(job.withSheet(sheet, table.columnNames(), table.rows().size()));
            return "redirect:" + BASE + "/" + id + "/mapping";
        }
        catch (UnreadableSpreadsheet unreadable) {
            model.addAttribute("sheetError", messages.getMessage(unreadable.messageKey(),
                    unreadable.messageArguments(), locale));
            return "organisation/import-sheet";
        }
    }

    @GetMapping(JOB + "/mapping")
    String mapping(@PathVariable UUID id, Actor actor, Model model) {
        ImportJob job = draft(id, actor);
        if (job.header().isEmpty()) {
            return "redirect:" + BASE + "/" + id + "/sheet";
        }
        ColumnMapping mapping = job.mapping();
        boolean remembered = false;
        if (mapping == null) {
            var earlier = jobs.remembered(job.owner(), job.header());
            remembered = earlier.isPresent();
            mapping = earlier.orElseGet(() -> ColumnMapping.guess(job.header()));
        }
        model.addAttribute("remembered", remembered);
        return mappingPage(job, mapping, job.defaultVisibility().name(), List.of(), Set.of(), model);
    }

    @PostMapping(JOB + "/mapping")
    String saveMapping(@PathVariable UUID id, @RequestParam Map<String, String> params, Actor actor,
            Model model) {
        ImportJob job = draft(id, actor);
        if (job.header().isEmpty()) {
            return "redirect:" + BASE + "/" + id + "/sheet";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < job.header().size(); i++) {
            names.add(params.getOrDefault("column-" + i, ""));
        }
        ColumnMapping mapping = ColumnMapping.of(names, job.header().size());
        String visibility = params.getOrDefault("visibility", "");
        Visibility chosen = visibility(visibility);
        if (!mapping.missing().isEmpty() || !mapping.repeated().isEmpty() || chosen == null) {
            model.addAttribute("visibilityError", chosen == null);
            return mappingPage(job, mapping, visibility, mapping.missing(), mapping.repeated(), model);
        }
        jobs.remember(jobs.save(job.mappedBy(mapping, chosen)));
        return "redirect:" + BASE + "/" + id + "/preview";
    }

    @GetMapping(JOB + "/preview")
    String preview(@PathVariable UUID id, Actor actor, Locale locale, Model model) {
        ImportJob job = draft(id, actor);
        if (job.mapping() == null) {
            return "redirect:" + BASE + "/" + id + "/mapping";
        }
        Table table = table(job);
        List<Row> first = table.rows().subList(0, Math.min(ImportRows.PREVIEW_ROWS, table.rows().size()));
        List<ImportRows.Plan> plans = rows.plan(ImportRows.Settings.of(job), first, new HashMap<>());
        List<RowView> views = new ArrayList<>();
        Map<ImportOutcome, Integer> counts = new LinkedHashMap<>();
        for (ImportOutcome outcome : ImportOutcome.values()) {
            counts.put(outcome, 0);
        }
        for (ImportRows.Plan plan : plans) {
            counts.merge(plan.outcome(), 1, Integer::sum);
            views.add(new RowView(plan.number(), plan.outcome(),
                    plan.rejected() ? cell(plan.row(), job, ImportField.NAME) : plan.profile().name(),
                    plan.rejected() ? cell(plan.row(), job, ImportField.POSTCODE)
                            : plan.place().postcode() + " " + plan.place().name(),
                    plan.outcome() == ImportOutcome.UPDATED ? plan.profile().id().value() : null,
                    describe(job, plan.reasons(), locale)));
        }
        model.addAttribute("job", job);
        model.addAttribute("rows", views);
        model.addAttribute("counts", counts);
        return "organisation/import-preview";
    }

    @PostMapping(JOB + "/start")
    String begin(@PathVariable UUID id, Actor actor) {
        ImportJob job = owned(id, actor);
        if (job.draft() && job.mapping() == null) {
            return "redirect:" + BASE + "/" + id + "/mapping";
        }
        if (job.draft()) {
            jobs.save(job.queue());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(JOB)
    String job(@PathVariable UUID id, @RequestParam(defaultValue = "REJECTED") String show,
            @RequestParam(defaultValue = "1") String page, @RequestHeader(name = "HX-Request", required = false)
            String htmx, Actor actor, Locale locale, Model model) {
        ImportJob job = owned(id, actor);
        if (job.draft()) {
            return "redirect:" + BASE + "/" + id + (job.mapping() == null ? "/mapping" : "/preview");
        }
        ImportOutcome outcome = outcome(show);
        int count = switch (outcome) {
            case IMPORTED -> job.imported();
            case UPDATED -> job.updated();
            case REJECTED -> job.rejected();
        };
        int pages = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, Math.max(1, number(page)));
        List<RowView> views = new ArrayList<>();
        if (!job.inProgress()) {
            for (ImportJobs.RowResult result : jobs.results(id, outcome, (current - 1) * PAGE_SIZE, PAGE_SIZE)) {
                views.add(new RowView(result.rowNumber(), result.outcome(), result.organisationName(), null,
                        result.organisationId(), describe(job, result.reasons(), locale)));
            }
        }
        model.addAttribute("job", job);
        model.addAttribute("show", outcome);
        model.addAttribute("outcomes", ImportOutcome.values());
        model.addAttribute("rows", views);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return htmx != null ? "organisation/import-job :: status" : "organisation/import-job";
    }

    @GetMapping(JOB + "/rejected.csv")
    void rejectedRows(@PathVariable UUID id, Actor actor, Locale locale,
            HttpServletResponse response) throws IOException {
        ImportJob job = owned(id, actor);
        if (job.draft()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<Integer, List<ImportReason>> rejections = jobs.rejections(id);
        Table table = table(job);
        String base = job.fileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        response.setContentType(SpreadsheetFormat.CSV.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("import.rejected.fileName", new Object[] {base}, locale) + ".csv",
                        StandardCharsets.UTF_8)
                .build().toString());
        try (RejectedRows csv = RejectedRows.csv(response.getOutputStream(), table.columnNames(),
                messages.getMessage("import.rejected.errorColumn", null, locale))) {
            for (Row row : table.rows()) {
                List<ImportReason> reasons = rejections.get(row.number());
                if (reasons != null) {
                    csv.add(row, messages.getMessage("import.rejected.row",
                            new Object[] {String.valueOf(row.number()), String.join(" · ", describe(job, reasons,
                                    locale))}, locale));
                }
            }
        }
    }

    private String startPage(Actor actor, Model model) {
        model.addAttribute("jobs", jobs.recent(actor.ownerKey(), 20));
        model.addAttribute("maxMegabytes", LIMITS.maxMegabytes());
        model.addAttribute("maxRows", LIMITS.maxRows());
        model.addAttribute("restricted", !actor.seesAll());
        return "organisation/import";
    }

    private String mappingPage(ImportJob job, ColumnMapping mapping, String visibility, List<ImportField> missing,
            Set<ImportField> repeated, Model model) {
        Table table = table(job);
        List<ColumnChoice> columns = new ArrayList<>();
        for (int i = 0; i < job.header().size(); i++) {
            List<String> examples = new ArrayList<>();
            for (Row row : table.rows()) {
                String value = row.cell(i);
                if (!value.isBlank() && !examples.contains(value)) {
                    examples.add(value.length() > 40 ? value.substring(0, 40) + "…" : value);
                }
                if (examples.size() >= EXAMPLES) {
                    break;
                }
            }
            ImportField field = mapping.at(i);
            columns.add(new ColumnChoice(i, job.header().get(i), examples, field == null ? "" : field.name(),
                    field != null && repeated.contains(field)));
        }
        model.addAttribute("job", job);
        model.addAttribute("columns", columns);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("visibility", visibility);
        model.addAttribute("missing", missing);
        model.addAttribute("hasErrors", !missing.isEmpty() || !repeated.isEmpty()
                || Boolean.TRUE.equals(model.getAttribute("visibilityError")));
        return "organisation/import-mapping";
    }

    private List<String> describe(ImportJob job, List<ImportReason> reasons, Locale locale) {
        List<String> texts = new ArrayList<>();
        for (ImportReason reason : reasons) {
            String message = messages.getMessage(reason.key(), reason.args().toArray(), reason.key(), locale);
            if (reason.field() == null) {
                texts.add(message);
                continue;
            }
            ImportField field = ColumnMapping.field(reason.field()).orElse(null);
            String column = field == null ? null : job.columnName(field);
            if (column != null) {
                texts.add(messages.getMessage("import.reason.inColumn", new Object[] {column, message}, locale));
            }
            else if (field != null) {
                texts.add(messages.getMessage("import.reason.inField", new Object[] {
                        messages.getMessage(field.labelKey(), null, field.name(), locale), message}, locale));
            }
            else {
                texts.add(message);
            }
        }
        return texts;
    }

    private static String cell(Row row, ImportJob job, ImportField field) {
        int column = job.mapping().columnOf(field);
        return column < 0 ? "" : row.cell(column);
    }

    private Table table(ImportJob job) {
        try {
            return ImportRunner.read(job, jobs.content(job.id()));
        }
        catch (UnreadableSpreadsheet unreadable) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private String firstSheetWithContent(ImportJob job) {
        try {
            return Spreadsheets.read(jobs.content(job.id()), LIMITS).sheetName();
        }
        catch (UnreadableSpreadsheet unreadable) {
            return "";
        }
    }

    private ImportJob owned(UUID id, Actor actor) {
        return jobs.find(id, actor.ownerKey()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A job still being set up; once started it only has its progress page. */
    private ImportJob draft(UUID id, Actor actor) {
        ImportJob job = owned(id, actor);
        if (!job.draft()) {
            throw new AlreadyStarted(id);
        }
        return job;
    }

    /** The setup pages of a started import lead to its progress page, e.g. after going back in the browser. */
    static final class AlreadyStarted extends RuntimeException {

        private final UUID id;

        AlreadyStarted(UUID id) {
            super(null, null, false, false);
            this.id = id;
        }
    }

    @ExceptionHandler(AlreadyStarted.class)
    String alreadyStarted(AlreadyStarted started) {
        return "redirect:" + BASE + "/" + started.id;
    }

    /** A second click or a second tab changed the job a moment ago: show where it stands now. */
    @ExceptionHandler({OptimisticLockingFailureException.class, ImportJob.NotAllowed.class})
    String changedMeanwhile(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
        return "redirect:" + BASE + (id == null ? "" : "/" + id);
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() ? "import" : name;
    }

    private static Visibility visibility(String value) {
        for (Visibility visibility : Visibility.values()) {
            if (visibility.name().equals(value)) {
                return visibility;
            }
        }
        return null;
    }

    private static ImportOutcome outcome(String value) {
        for (ImportOutcome outcome : ImportOutcome.values()) {
            if (outcome.name().equalsIgnoreCase(value)) {
                return outcome;
            }
        }
        return ImportOutcome.REJECTED;
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        }
        catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @Bean
    static RouteRules importRoutes() {
        return routes -> routes.requestMatchers(BASE, BASE + "/**")
                .hasAnyRole("ADMINISTRATOR", "COORDINATOR", "NETWORK_STAFF");
    }
}
