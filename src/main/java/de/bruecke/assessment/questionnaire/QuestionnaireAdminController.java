package de.bruecke.assessment.questionnaire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.bruecke.platform.Actor;
import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.SupportedLanguage;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators upload, check, publish and delete questionnaire versions. */
@Controller
class QuestionnaireAdminController {

    static final String BASE = "/admin/questionnaires";
    static final String VERSION = BASE + "/{version:[0-9]{1,9}}";

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[ \\t]*[0-9]+[ \\t]*$");
    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final Questionnaires questionnaires;
    private final QuestionnaireVersions versions;
    private final QuestionnaireProblems problems;

    QuestionnaireAdminController(Questionnaires questionnaires, QuestionnaireVersions versions,
            QuestionnaireProblems problems) {
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.problems = problems;
    }

    /** One row of the list: a stored version or the shipped one, with what a coordinator checks before use. */
    record Row(int version, boolean published, boolean current, boolean shipped, Instant uploadedAt,
            String uploadedBy, Instant publishedAt, String publishedBy, Integer items, List<String> complete,
            List<String> fallback) {
    }

    @GetMapping(BASE)
    String list(Model model) {
        return listPage("", List.of(), model);
    }

    @PostMapping(BASE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "text", defaultValue = "") String text, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && text.isBlank()) {
            model.addAttribute("uploadError", "questionnaire.upload.nothing");
            return listPage(text, List.of(), model);
        }
        Questionnaire questionnaire;
        String source;
        try {
            if (hasFile) {
                byte[] bytes = file.getInputStream().readNBytes(QuestionnaireParser.MAX_BYTES + 1);
                questionnaire = QuestionnaireParser.parse(bytes);
                source = new String(bytes, StandardCharsets.UTF_8);
            }
            else {
                questionnaire = QuestionnaireParser.parse(text);
                source = text;
            }
        }
        catch (InvalidQuestionnaire invalid) {
            model.addAttribute("uploadError", "questionnaire.upload.invalid");
            model.addAttribute("fromFile", hasFile);
            return listPage(text, problems.show(invalid.problems(), locale), model);
        }
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1);
        }
        try {
            versions.upload(questionnaire, source, actor.displayName());
        }
        catch (QuestionnaireVersions.VersionNotHigher notHigher) {
            model.addAttribute("uploadError", "questionnaire.upload.versionTaken");
            model.addAttribute("requestedVersion", String.valueOf(questionnaire.version()));
            model.addAttribute("nextVersion", String.valueOf(notHigher.next()));
            return listPage(hasFile ? "" : text, List.of(), model);
        }
        redirect.addFlashAttribute("message", "questionnaire.uploaded");
        return "redirect:" + BASE + "/" + questionnaire.version();
    }

    @GetMapping(BASE + "/next.yaml")
    ResponseEntity<String> startingPoint() {
        Questionnaire current = questionnaires.current();
        String source = questionnaires.source(current.version()).orElseThrow();
        int next = versions.nextVersion();
        String renumbered = VERSION_LINE.matcher(source).replaceFirst("version: " + next);
        try {
            if (QuestionnaireParser.parse(renumbered).version() != next) {
                renumbered = source;
            }
        }
        catch (InvalidQuestionnaire unexpected) {
            renumbered = source;
        }
        return yaml(renumbered, "questionnaire-" + next + ".yaml");
    }

    @GetMapping(VERSION + "/download")
    ResponseEntity<String> download(@PathVariable int version) {
        return yaml(stored(version).source(), "questionnaire-" + version + ".yaml");
    }

    @GetMapping(VERSION)
    String show(@PathVariable int version, Locale locale, Model model) {
        Version shown = stored(version);
        model.addAttribute("version", shown);
        model.addAttribute("questionnaire", shown.questionnaire());
        model.addAttribute("translations", translations(shown.questionnaire(), locale));
        model.addAttribute("isCurrent", questionnaires.current().version() == version);
        return "assessment/questionnaire";
    }

    @GetMapping(VERSION + "/publish")
    String confirmPublish(@PathVariable int version, Model model, RedirectAttributes redirect) {
        Version shown = stored(version);
        if (shown.published()) {
            redirect.addFlashAttribute("message", "questionnaire.publish.already");
            return "redirect:" + BASE + "/" + version;
        }
        model.addAttribute("version", shown);
        model.addAttribute("action", "publish");
        return "assessment/questionnaire-confirm";
    }

    @PostMapping(VERSION + "/publish")
    String publish(@PathVariable int version, Actor actor, RedirectAttributes redirect) {
        var outcome = versions.publish(version, actor.displayName());
        if (outcome == QuestionnaireVersions.Publication.NOT_FOUND) {
            if (version == Questionnaires.SHIPPED_VERSION) {
                outcome = QuestionnaireVersions.Publication.ALREADY_PUBLISHED;
            }
            else {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        redirect.addFlashAttribute("message", switch (outcome) {
            case PUBLISHED -> "questionnaire.publish.done";
            case ALREADY_PUBLISHED -> "questionnaire.publish.already";
            default -> "questionnaire.publish.superseded";
        });
        return "redirect:" + BASE + "/" + version;
    }

    @GetMapping(VERSION + "/delete")
    String confirmDelete(@PathVariable int version, Model model, RedirectAttributes redirect) {
        Version shown = stored(version);
        if (shown.published()) {
            redirect.addFlashAttribute("message", "questionnaire.delete.published");
            return "redirect:" + BASE + "/" + version;
        }
        model.addAttribute("version", shown);
        model.addAttribute("action", "delete");
        return "assessment/questionnaire-confirm";
    }

    @PostMapping(VERSION + "/delete")
    String delete(@PathVariable int version, RedirectAttributes redirect) {
        if (versions.deleteDraft(version)) {
            redirect.addFlashAttribute("message", "questionnaire.delete.done");
            redirect.addFlashAttribute("messageVersion", String.valueOf(version));
            return "redirect:" + BASE;
        }
        if (version == Questionnaires.SHIPPED_VERSION || versions.find(version).isPresent()) {
            redirect.addFlashAttribute("message", "questionnaire.delete.published");
            return "redirect:" + BASE + "/" + version;
        }
        redirect.addFlashAttribute("message", "questionnaire.delete.gone");
        redirect.addFlashAttribute("messageVersion", String.valueOf(version));
        return "redirect:" + BASE;
    }

    /** A version with its text, parsed; the shipped one has no uploader. */
    record Version(int number, boolean published, boolean shipped, String source, Questionnaire questionnaire,
            String uploadedBy, Instant uploadedAt, String publishedBy, Instant publishedAt) {
    }

    /** One language's translation state: complete, or the parts that show German instead. */
    record Translation(String language, String name, boolean complete, boolean untouched, List<String> missing) {
    }

    private Version stored(int version) {
        if (version == Questionnaires.SHIPPED_VERSION) {
            Questionnaire shipped = questionnaires.version(version).orElseThrow();
            return new Version(version, true, true, questionnaires.source(version).orElseThrow(), shipped, null,
                    null, null, null);
        }
        var row = versions.find(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Version(version, row.published(), false, row.source(),
                questionnaires.parsed(row.id(), row.source()), row.uploadedBy(), row.uploadedAt(), row.publishedBy(),
                row.publishedAt());
    }

    private String listPage(String text, List<QuestionnaireProblems.Shown> shownProblems, Model model) {
        int current = questionnaires.current().version();
        List<Row> rows = new ArrayList<>();
        for (var row : versions.all()) {
            Optional<Questionnaire> parsed = parsedOrEmpty(row);
            rows.add(new Row(row.version(), row.published(), row.version() == current, false, row.uploadedAt(),
                    row.uploadedBy(), row.publishedAt(), row.publishedBy(),
                    parsed.map(q -> q.items().size()).orElse(null), complete(parsed, true), complete(parsed, false)));
        }
        Optional<Questionnaire> shipped = questionnaires.version(Questionnaires.SHIPPED_VERSION);
        rows.add(new Row(Questionnaires.SHIPPED_VERSION, true, current == Questionnaires.SHIPPED_VERSION, true, null,
                null, null, null, shipped.get().items().size(), complete(shipped, true), complete(shipped, false)));
        model.addAttribute("rows", rows);
        model.addAttribute("text", text);
        model.addAttribute("problems", shownProblems);
        model.addAttribute("blockingCount", shownProblems.stream().filter(QuestionnaireProblems.Shown::blocking)
                .count());
        model.addAttribute("nextVersion", model.containsAttribute("nextVersion") ? model.getAttribute("nextVersion")
                : String.valueOf(versions.nextVersion()));
        model.addAttribute("maxMegabytes", QuestionnaireParser.MAX_BYTES / (1024 * 1024));
        return "assessment/questionnaires";
    }

    private Optional<Questionnaire> parsedOrEmpty(QuestionnaireVersions.Stored row) {
        try {
            return Optional.of(questionnaires.parsed(row.id(), row.source()));
        }
        catch (InvalidQuestionnaire unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> complete(Optional<Questionnaire> questionnaire, boolean complete) {
        return questionnaire.map(q -> Arrays.stream(SupportedLanguage.values())
                .filter(language -> q.isCompleteIn(language) == complete)
                .map(SupportedLanguage::nativeName).toList()).orElse(List.of());
    }

    private static List<Translation> translations(Questionnaire questionnaire, Locale locale) {
        Map<String, List<String>> missing = new TreeMap<>();
        for (QuestionnaireProblem note : questionnaire.incompleteTranslations()) {
            missing.computeIfAbsent(note.arguments().get(1), language -> new ArrayList<>())
                    .add(note.arguments().get(0));
        }
        List<Translation> translations = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language == SupportedLanguage.GERMAN) {
                continue;
            }
            boolean complete = questionnaire.isCompleteIn(language);
            List<String> parts = missing.getOrDefault(language.code(), List.of());
            translations.add(new Translation(language.code(), language.locale().getDisplayLanguage(locale), complete,
                    !complete && parts.isEmpty(), parts));
        }
        return translations;
    }

    private static ResponseEntity<String> yaml(String source, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(YAML).body(source);
    }

    @Bean
    static RouteRules questionnaireRoutes() {
        return routes -> routes.requestMatchers(BASE, BASE + "/**").hasAnyRole("COORDINATOR", "ADMINISTRATOR");
    }

    @Bean
    static NavigationEntry questionnaireEntry() {
        return new NavigationEntry("questionnaire.nav", BASE, 85, "ROLE_COORDINATOR");
    }

    @Bean
    static NavigationEntry questionnaireAdminEntry() {
        return new NavigationEntry("questionnaire.nav", BASE, 86, "ROLE_ADMINISTRATOR");
    }
}
