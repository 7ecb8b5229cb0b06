package de.bruecke.assessment.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.assessment.results.Results;
import de.bruecke.assessment.results.ResultsView;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.assessment.scoring.DimensionResult;
import de.bruecke.organisation.Organisation;
import de.bruecke.account.OrganisationMember;

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
 * The MO admin writes the action plan of a closed round: picks the needs to work on (the top needs are suggested),
 * a goal and a next step for each, optionally who is responsible, and the follow-up date. Editable later; a save
 * based on an older version shows both versions and keeps what was typed.
 */
@Controller
class PlanController {

    private final RoundPages pages;
    private final Results results;
    private final ActionPlans plans;
    private final Clock clock;

    PlanController(RoundPages pages, Results results, ActionPlans plans,
            Clock clock) {
        this.pages = pages;
        this.results = results;
        this.plans = plans;
        this.clock = clock;
    }

    /** One dimension in the form: its title, top-need rank (0 = not a top need), need score and what was typed. */
    record DimensionEntry(DimensionCode code, ShownText title, int topNeed, String needScore, PlanForm.Entry entry,
            PlanForm.Problem pickProblem, PlanForm.Problem goalProblem, PlanForm.Problem stepProblem,
            PlanForm.Problem responsibleProblem) {

        public String id() {
            return "plan-" + RoundPages.path(code);
        }

        public String name() {
            return code.name();
        }

        public boolean hasProblem() {
            return pickProblem != null || goalProblem != null || stepProblem != null || responsibleProblem != null;
        }
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/plan")
    String edit(@PathVariable UUID organisation, @PathVariable UUID round, Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.closedRound(org, round);
        PlanForm form = plans.find(current.id()).map(PlanForm::of)
                .orElseGet(() -> PlanForm.suggesting(topNeeds(current)));
        return page(org, current, form, Map.of(), null, locale, model);
    }

    @PostMapping(AssessmentRoutes.BASE + "/{round}/plan")
    String save(@PathVariable UUID organisation, @PathVariable UUID round,
            @RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal SignedInUser user,
            Locale locale, Model model, RedirectAttributes redirect) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.closedRound(org, round);
        PlanForm form = PlanForm.from(parameters);
        PlanForm.Checked checked = form.check(today());
        if (!checked.isValid()) {
            return page(org, current, form, checked.problems(), null, locale, model);
        }
        try {
            plans.save(current.id(), org.id(), checked.followUpOn(), checked.actions(), form.loadedVersion(),
                    user.accountId());
        }
        catch (ActionPlans.ChangedMeanwhile changed) {
            ActionPlan saved = plans.find(current.id()).orElse(null);
            PlanForm mine = form.withVersion(saved == null ? 0 : saved.version());
            return page(org, current, mine, Map.of(), saved, locale, model);
        }
        redirect.addFlashAttribute("message", "assessment.plan.saved");
        return "redirect:" + RoundPages.base(org, current) + "/results#plan-heading";
    }

    private String page(Organisation org, Round round, PlanForm form, Map<String, PlanForm.Problem> problems,
            ActionPlan conflict, Locale locale, Model model) {
        Results.Scored scored = results.of(round);
        List<DimensionCode> top = scored.result().topNeeds().stream().limit(ResultsView.TOP_NEEDS)
                .map(DimensionResult::dimension).toList();
        List<DimensionEntry> entries = scored.questionnaire().dimensions().stream().map(dimension -> {
            DimensionCode code = dimension.code();
            return new DimensionEntry(code, dimension.title().in(locale), top.indexOf(code) + 1,
                    RoundPages.decimal(scored.result().dimension(code).needScore(), locale), form.entry(code),
                    problems.get(PlanForm.PICK + code.name()), problems.get(PlanForm.GOAL + code.name()),
                    problems.get(PlanForm.STEP + code.name()), problems.get(PlanForm.RESPONSIBLE + code.name()));
        }).toList();
        model.addAttribute("organisation", org);
        model.addAttribute("roundBase", RoundPages.base(org, round));
        model.addAttribute("closedAt", RoundPages.date(round.closedAt(), locale));
        model.addAttribute("form", form);
        model.addAttribute("dimensions", entries);
        model.addAttribute("problems", problems);
        model.addAttribute("needsProblem", problems.get("needs"));
        model.addAttribute("followUpProblem", problems.get(PlanForm.FOLLOW_UP));
        model.addAttribute("earliest", today().plusDays(1).toString());
        model.addAttribute("latest", today().plusYears(ActionPlan.FOLLOW_UP_MAX_YEARS).toString());
        model.addAttribute("goalMax", ActionPlan.GOAL_MAX);
        model.addAttribute("stepMax", ActionPlan.NEXT_STEP_MAX);
        model.addAttribute("responsibleMax", ActionPlan.RESPONSIBLE_MAX);
        if (conflict != null) {
            model.addAttribute("conflict", new ResultsView.PlanView(RoundPages.date(conflict.followUpOn(), locale),
                    conflict.actions().stream().map(a -> new ResultsView.PlanRow(
                            scored.questionnaire().dimension(a.dimension()).title().in(locale), a.goal(),
                            a.nextStep(), a.responsible())).toList(),
                    RoundPages.date(conflict.updatedAt(), locale),
                    Optional.ofNullable(pages.members(org).get(conflict.updatedBy()))
                            .map(OrganisationMember::displayName).orElse("")));
        }
        return "assessment/plan";
    }

    private Set<DimensionCode> topNeeds(Round round) {
        Set<DimensionCode> top = new LinkedHashSet<>();
        results.of(round).result().topNeeds().stream().limit(ResultsView.TOP_NEEDS)
                .forEach(need -> top.add(need.dimension()));
        return top;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(RoundPages.ZONE));
    }
}
