package de.bruecke.organisation.profile;

import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.FieldProblem;
import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.StartPageFact;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators register organisations so people can be made their members. */
@Controller
class OrganisationAdminController {

    private final Organisations organisations;

    OrganisationAdminController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("form", new OrganisationForm("", OrganisationKind.MO.name(), ""));
        return show(model);
    }

    @PostMapping("/admin/organisations")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        FieldProblem.reject(organisations.registrationProblems(form.name(), form.postcode()), errors);
        OrganisationKind kind = form.kindOrNull();
        if (kind == null) {
            errors.rejectValue("kind", "validation.required");
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        Organisation created = organisations.register(form.name(), kind, form.postcode());
        redirect.addFlashAttribute("created", created.name());
        return "redirect:/admin/organisations";
    }

    private String show(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisation/admin";
    }

    record OrganisationForm(String name, String kind, String postcode) {

        OrganisationKind kindOrNull() {
            for (OrganisationKind candidate : OrganisationKind.values()) {
                if (candidate.name().equals(kind)) {
                    return candidate;
                }
            }
            return null;
        }
    }

    @Bean
    static RouteRules organisationAdminRoutes() {
        return routes -> routes.requestMatchers("/admin/organisations").hasRole("ADMINISTRATOR");
    }

    @Bean
    static NavigationEntry organisationAdminEntry() {
        return new NavigationEntry("nav.adminOrganisations", "/admin/organisations", 90, "ROLE_ADMINISTRATOR");
    }

    @Bean
    static StartPageFact organisationsFact(Organisations organisations) {
        return new StartPageFact("home.facts.organisations", 10, () -> organisations.count(OrganisationKind.MO));
    }

    @Bean
    static StartPageFact institutionsFact(Organisations organisations) {
        return new StartPageFact("home.facts.institutions", 20, () -> organisations.count(OrganisationKind.INSTITUTION));
    }
}
