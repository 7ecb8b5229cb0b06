package de.bruecke.assessment.round;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.organisation.Organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MO admin closes a round: sees who completed, the priorities respondents proposed, agrees on one priority per
 * dimension. Closing twice (a double click, a second tab) ends on the same results without a second event.
 */
@Controller
class ClosingController {

    static final String PRIORITY = "priority:";
    static final String CONFIRM_ONE = "confirmOne";

    private final RoundPages pages;
    private final Assessments assessments;

    ClosingController(RoundPages pages, Assessments assessments) {
        this.pages = pages;
        this.assessments = assessments;
    }

    /** One dimension on the closing page: the respondents' proposals and the priority chosen so far. */
    record DimensionChoice(DimensionCode code, ShownText title, Map<Priority, Long> proposals, String chosen,
            String error) {

        public String field() {
            return PRIORITY + code.name();
        }

        public String id() {
            return "priority-" + RoundPages.path(code);
        }
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/close")
    String show(@PathVariable UUID organisation, @PathVariable UUID round, Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        if (!current.isOpen()) {
            return "redirect:" + RoundPages.base(org, current) + "/results";
        }
        Map<DimensionCode, String> chosen = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            chosen.put(code, current.suggestedPriority(code).name());
        }
        return page(org, current, chosen, Map.of(), false, locale, model);
    }

    @PostMapping(AssessmentRoutes.BASE + "/{round}/close")
    String close(@PathVariable UUID organisation, @PathVariable UUID round,
            @RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal SignedInUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        String results = "redirect:" + RoundPages.base(org, current) + "/results";
        if (!current.isOpen()) {
            return results;
        }
        Questionnaire questionnaire = assessments.questionnaire(current);
        Map<DimensionCode, String> chosen = new EnumMap<>(DimensionCode.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (DimensionCode code : DimensionCode.values()) {
            String value = parameters.getFirst(PRIORITY + code.name());
            chosen.put(code, value == null ? "" : value);
            if (Round.priority(value).isEmpty()) {
                errors.put(code.name(), "assessment.close.priorityRequired");
            }
        }
        boolean confirmed = "true".equals(parameters.getFirst(CONFIRM_ONE));
        int complete = current.completeResponses(questionnaire);
        if (complete == 0) {
            errors.put("round", "assessment.close.none");
        }
        else if (complete == 1 && !confirmed) {
            errors.put(CONFIRM_ONE, "assessment.close.confirmRequired");
        }
        if (!errors.isEmpty()) {
            return page(org, current, chosen, errors, confirmed, locale, model);
        }
        try {
            Assessments.Closed closed = assessments.close(current.id(), chosen, user.accountId());
            redirect.addFlashAttribute("message", closed == Assessments.Closed.NOW ? "assessment.close.done"
                    : "assessment.close.already");
            return results;
        }
        catch (RoundRuleViolated refused) {
            errors.put("round", "assessment.close.none");
            return page(org, pages.round(org, round), chosen, errors, confirmed, locale, model);
        }
    }

    private String page(Organisation org, Round round, Map<DimensionCode, String> chosen,
            Map<String, String> errors, boolean confirmed, Locale locale, Model model) {
        Questionnaire questionnaire = assessments.questionnaire(round);
        List<DimensionChoice> dimensions = questionnaire.dimensions().stream().map(dimension -> {
            Map<Priority, Long> proposals = new EnumMap<>(Priority.class);
            round.proposals(dimension.code()).forEach(p -> proposals.merge(p, 1L, Long::sum));
            return new DimensionChoice(dimension.code(), dimension.title().in(locale), proposals,
                    chosen.getOrDefault(dimension.code(), ""), errors.get(dimension.code().name()));
        }).toList();
        model.addAttribute("organisation", org);
        model.addAttribute("base", RoundPages.base(org));
        model.addAttribute("roundBase", RoundPages.base(org, round));
        model.addAttribute("respondents", pages.respondentRows(org, round, questionnaire));
        model.addAttribute("complete", round.completeResponses(questionnaire));
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("errors", errors);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("priorities", Priority.values());
        return "assessment/close";
    }
}
