package de.bruecke.assessment.survey;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.Actor;
import de.bruecke.platform.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The entry survey on one screen: members of a migrant organisation answer it and change their answers later. */
@Controller
class EntrySurveyController {

    static final String PATH = "/organisations/{organisation:[0-9a-fA-F-]{36}}/entry-survey";

    private final Organisations organisations;
    private final Questionnaires questionnaires;
    private final EntrySurveys surveys;

    EntrySurveyController(Organisations organisations, Questionnaires questionnaires, EntrySurveys surveys) {
        this.organisations = organisations;
        this.questionnaires = questionnaires;
        this.surveys = surveys;
    }

    @GetMapping(PATH)
    String show(@PathVariable UUID organisation, Locale locale, Model model) {
        Organisation mo = migrantOrganisation(organisation);
        Questionnaire questionnaire = questionnaires.current();
        var latest = surveys.latest(organisation);
        EntrySurveyForm form = latest.map(saved -> EntrySurveyForm.of(questionnaire.version(), saved.answers()))
                .orElseGet(() -> EntrySurveyForm.of(questionnaire.version(), Map.of()));
        latest.ifPresent(saved -> model.addAttribute("summary", surveys.summary(saved, locale)));
        return page(mo, questionnaire, form, Map.of(), model);
    }

    @PostMapping(PATH)
    String save(@PathVariable UUID organisation, @RequestParam MultiValueMap<String, String> parameters,
            Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
        Organisation mo = migrantOrganisation(organisation);
        EntrySurveyForm form = EntrySurveyForm.of(parameters);
        Questionnaire questionnaire = form.versionNumber().stream().boxed().findFirst()
                .flatMap(questionnaires::version).orElseGet(questionnaires::current);
        Map<String, EntrySurveyForm.Error> errors = form.check(questionnaire.entrySurvey());
        if (!errors.isEmpty()) {
            surveys.latest(organisation).ifPresent(saved -> model.addAttribute("summary", surveys.summary(saved,
                    locale)));
            return page(mo, questionnaire, form, errors, model);
        }
        surveys.save(organisation, questionnaire.version(), form.answers(questionnaire.entrySurvey()),
                actor.displayName());
        redirect.addFlashAttribute("message", "survey.saved");
        return "redirect:/organisations/" + organisation + "/entry-survey";
    }

    private String page(Organisation mo, Questionnaire questionnaire, EntrySurveyForm form,
            Map<String, EntrySurveyForm.Error> errors, Model model) {
        model.addAttribute("organisation", mo);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("questions", questionnaire.entrySurvey().questions());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", EntrySurveyForm.MAX_TEXT_LENGTH);
        return "assessment/entry-survey";
    }

    private Organisation migrantOrganisation(UUID id) {
        return organisations.find(new OrganisationId(id)).filter(found -> found.kind() == OrganisationKind.MO)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Members and admins of the organisation in the path; nobody else, not even coordinators (the answers are its own). */
    @Bean
    static RouteRules entrySurveyRoutes() {
        return routes -> routes.requestMatchers("/organisations/{organisation}/entry-survey")
                .access((authentication, context) -> {
                    try {
                        UUID organisation = UUID.fromString(context.getVariables().get("organisation"));
                        return new AuthorizationDecision(
                                EntrySurveys.mayAnswer(Actor.of(authentication.get()), organisation));
                    }
                    catch (IllegalArgumentException | NullPointerException notAnId) {
                        return new AuthorizationDecision(false);
                    }
                });
    }
}
