package de.bruecke.assessment.round;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.organisation.Organisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A respondent answers on their own, one dimension per screen: each change is saved at once with htmx, or the whole
 * screen with "save and continue" without JavaScript. Only respondents of the round get here.
 */
@Controller
class AnsweringController {

    private final RoundPages pages;
    private final Assessments assessments;
    private final Answers answers;

    AnsweringController(RoundPages pages, Assessments assessments, Answers answers) {
        this.pages = pages;
        this.assessments = assessments;
        this.answers = answers;
    }

    /** Resumes where the person stopped: the first dimension with an unanswered item, or the summary. */
    /** Unanswered questions of one dimension, for the summary. */
    record Missing(ShownText dimension, String path, List<ShownText> questions) {
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/answers")
    String resume(@PathVariable UUID organisation, @PathVariable UUID round,
            @AuthenticationPrincipal SignedInUser user) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        Round.Respondent me = pages.respondent(current, user);
        if (!current.isOpen()) {
            return "redirect:" + RoundPages.base(org, current) + "/results";
        }
        return current.progress(assessments.questionnaire(current), me).firstOpenDimension()
                .map(code -> "redirect:" + RoundPages.base(org, current) + "/answers/" + RoundPages.path(code))
                .orElse("redirect:" + RoundPages.base(org, current) + "/done");
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/answers/{dimension}")
    String screen(@PathVariable UUID organisation, @PathVariable UUID round, @PathVariable String dimension,
            @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        Round.Respondent me = pages.respondent(current, user);
        DimensionCode code = RoundPages.dimension(dimension);
        if (!current.isOpen()) {
            return "redirect:" + RoundPages.base(org, current) + "/results";
        }
        return screenPage(org, current, me, code, locale, model);
    }

    /**
     * Saves a screen. With {@code part} (htmx, one change) only that item or the priority is saved and a status line
     * is returned; otherwise every answer the person changed on the screen is saved and the next screen follows.
     */
    @PostMapping(AssessmentRoutes.BASE + "/{round}/answers/{dimension}")
    String save(@PathVariable UUID organisation, @PathVariable UUID round, @PathVariable String dimension,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "part", required = false) String part,
            @RequestParam(name = "go", defaultValue = "next") String go,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal SignedInUser user, Locale locale, Model model, HttpServletResponse response) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        Round.Respondent me = pages.respondent(current, user);
        DimensionCode code = RoundPages.dimension(dimension);
        boolean single = htmx != null && part != null && !part.isBlank();
        ScreenInput input = ScreenInput.of(parameters);
        Answers.Saved saved;
        try {
            saved = answers.save(current.id(), user.accountId(), code, input, single ? Optional.of(part) : Optional.empty());
        }
        catch (RoundRuleViolated refused) {
            switch (refused.rule()) {
                case ROUND_CLOSED -> {
                    if (single) {
                        model.addAttribute("status", "assessment.answer.closedSave");
                        model.addAttribute("number", 0);
                        return "assessment/answer :: saved";
                    }
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("organisation", org);
                    model.addAttribute("resultsPath", RoundPages.base(org, current) + "/results");
                    return "assessment/closed";
                }
                case NOT_A_RESPONDENT -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
        if (single) {
            model.addAttribute("saved", saved);
            model.addAttribute("part", part);
            model.addAttribute("partId", part.equals(Answers.PRIORITY_PART) ? "priority-was"
                    : "was-" + part.toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-'));
            model.addAttribute("partValue", part.equals(Answers.PRIORITY_PART) ? input.priority()
                    : input.answers().getOrDefault(part, ""));
            model.addAttribute("number", itemNumber(current, code, part));
            model.addAttribute("status", part.equals(Answers.PRIORITY_PART) ? "assessment.answer.savedPriority"
                    : "assessment.answer.savedItem");
            return "assessment/answer :: saved";
        }
        String base = RoundPages.base(org, current);
        int index = code.ordinal();
        DimensionCode[] codes = DimensionCode.values();
        if ("back".equals(go)) {
            return "redirect:" + base + "/answers/" + RoundPages.path(codes[Math.max(0, index - 1)]);
        }
        return index + 1 < codes.length ? "redirect:" + base + "/answers/" + RoundPages.path(codes[index + 1])
                : "redirect:" + base + "/done";
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/done")
    String done(@PathVariable UUID organisation, @PathVariable UUID round,
            @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        Round.Respondent me = pages.respondent(current, user);
        if (!current.isOpen()) {
            return "redirect:" + RoundPages.base(org, current) + "/results";
        }
        Questionnaire questionnaire = assessments.questionnaire(current);
        model.addAttribute("organisation", org);
        model.addAttribute("base", RoundPages.base(org));
        model.addAttribute("roundBase", RoundPages.base(org, current));
        Progress progress = current.progress(questionnaire, me);
        model.addAttribute("progress", progress);
        model.addAttribute("firstScreen", RoundPages.base(org, current) + "/answers/"
                + RoundPages.path(DimensionCode.values()[0]));
        model.addAttribute("missing", progress.missingByDimension().stream()
                .map(entry -> new Missing(questionnaire.dimension(entry.getKey()).title().in(locale),
                        RoundPages.base(org, current) + "/answers/" + RoundPages.path(entry.getKey()),
                        entry.getValue().stream().map(item -> item.question().in(locale)).toList()))
                .toList());
        return "assessment/done";
    }

    private String screenPage(Organisation org, Round round, Round.Respondent me, DimensionCode code, Locale locale,
            Model model) {
        model.addAttribute("organisation", org);
        model.addAttribute("base", RoundPages.base(org));
        model.addAttribute("roundBase", RoundPages.base(org, round));
        model.addAttribute("screen", AnswerScreen.of(assessments.questionnaire(round), code, me, locale,
                RoundPages.base(org, round)));
        return "assessment/answer";
    }

    private int itemNumber(Round round, DimensionCode code, String part) {
        var items = assessments.questionnaire(round).dimension(code).items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(part)) {
                return i + 1;
            }
        }
        return 0;
    }
}
