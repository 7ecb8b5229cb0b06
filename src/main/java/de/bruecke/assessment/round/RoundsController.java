package de.bruecke.assessment.round;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.account.OrganisationMember;
import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.notification.MailAddress;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.AccountId;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's assessment rounds: the overview, starting a round, inviting respondents. */
@Controller
class RoundsController {

    private final RoundPages pages;
    private final Rounds rounds;
    private final Assessments assessments;

    RoundsController(RoundPages pages, Rounds rounds, Assessments assessments) {
        this.pages = pages;
        this.rounds = rounds;
        this.assessments = assessments;
    }

    record ClosedRound(Round round, String startedAt, String closedAt, int respondents, String resultsPath) {
    }

    record InviteForm(List<String> members, String email) {

        InviteForm {
            members = members == null ? List.of() : members;
            email = MailAddress.normalise(email);
        }
    }

    @GetMapping(AssessmentRoutes.BASE)
    String overview(@PathVariable UUID organisation, @AuthenticationPrincipal SignedInUser user, Locale locale,
            Model model) {
        Organisation org = pages.organisation(organisation);
        assessments.claimInvitations(org.id(), user);
        List<Round> all = rounds.ofOrganisation(org.id());
        Optional<Round> open = all.stream().filter(Round::isOpen).findFirst();
        model.addAttribute("organisation", org);
        model.addAttribute("admin", RoundPages.isAdmin(user, org));
        model.addAttribute("base", RoundPages.base(org));
        open.ifPresent(round -> {
            Questionnaire questionnaire = assessments.questionnaire(round);
            model.addAttribute("open", round);
            model.addAttribute("openBase", RoundPages.base(org, round));
            model.addAttribute("openStartedAt", RoundPages.date(round.startedAt(), locale));
            round.respondentFor(user.accountId()).ifPresent(me -> model.addAttribute("mine",
                    round.progress(questionnaire, me)));
            if (RoundPages.isAdmin(user, org)) {
                model.addAttribute("respondents", pages.respondentRows(org, round, questionnaire));
                model.addAttribute("completeResponses", round.completeResponses(questionnaire));
            }
        });
        model.addAttribute("closed", all.stream().filter(round -> !round.isOpen())
                .sorted(Comparator.comparing(Round::closedAt).reversed())
                .map(round -> new ClosedRound(round, RoundPages.date(round.startedAt(), locale),
                        RoundPages.date(round.closedAt(), locale), round.responses().size(),
                        RoundPages.base(org, round) + "/results"))
                .toList());
        return "assessment/overview";
    }

    @PostMapping(AssessmentRoutes.BASE)
    String start(@PathVariable UUID organisation, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Organisation org = pages.organisation(organisation);
        Assessments.Started started = assessments.start(org.id(), user);
        if (!started.isNew()) {
            redirect.addFlashAttribute("message", "assessment.overview.openExists");
            return "redirect:" + RoundPages.base(org);
        }
        redirect.addFlashAttribute("message", "assessment.overview.started");
        return "redirect:" + RoundPages.base(org) + "/" + started.round() + "/respondents";
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/respondents")
    String respondents(@PathVariable UUID organisation, @PathVariable UUID round, Locale locale, Model model,
            HttpServletResponse response) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        model.addAttribute("form", new InviteForm(List.of(), ""));
        return invitePage(org, current, locale, model, response);
    }

    @PostMapping(AssessmentRoutes.BASE + "/{round}/respondents")
    String invite(@PathVariable UUID organisation, @PathVariable UUID round,
            @ModelAttribute("form") InviteForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        if (!current.isOpen()) {
            return invitePage(org, current, locale, model, response);
        }
        Map<AccountId, OrganisationMember> members = pages.members(org);
        Set<AccountId> chosen = new LinkedHashSet<>();
        for (String value : form.members()) {
            UUID parsed = parse(value);
            AccountId id = parsed == null ? null : new AccountId(parsed);
            if (id == null || !members.containsKey(id)) {
                errors.rejectValue("members", "assessment.invite.notMember");
                break;
            }
            chosen.add(id);
        }
        if (!form.email().isEmpty()) {
            if (form.email().length() > MailAddress.MAX_LENGTH) {
                errors.rejectValue("email", "validation.tooLong");
            }
            else if (!MailAddress.isValid(form.email())) {
                errors.rejectValue("email", "validation.email");
            }
        }
        if (!errors.hasErrors() && chosen.isEmpty() && form.email().isEmpty()) {
            errors.rejectValue("members", "assessment.invite.nobody");
        }
        if (errors.hasErrors()) {
            return invitePage(org, current, locale, model, response);
        }
        try {
            assessments.invite(current.id(), org, chosen,
                    form.email().isEmpty() ? Optional.empty() : Optional.of(form.email()), user, locale);
        }
        catch (RoundRuleViolated closedMeanwhile) {
            return invitePage(org, pages.round(org, round), locale, model, response);
        }
        redirect.addFlashAttribute("message", "assessment.invite.done");
        return "redirect:" + RoundPages.base(org);
    }

    private String invitePage(Organisation org, Round round, Locale locale, Model model,
            HttpServletResponse response) {
        if (!round.isOpen()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        Map<AccountId, OrganisationMember> members = pages.members(org);
        Questionnaire questionnaire = assessments.questionnaire(round);
        model.addAttribute("organisation", org);
        model.addAttribute("round", round);
        model.addAttribute("base", RoundPages.base(org));
        model.addAttribute("roundBase", RoundPages.base(org, round));
        model.addAttribute("respondents", pages.respondentRows(org, round, questionnaire));
        model.addAttribute("invitable", members.values().stream()
                .filter(m -> round.respondentFor(m.account()).isEmpty())
                .sorted(Comparator.comparing(OrganisationMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList());
        return "assessment/respondents";
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
