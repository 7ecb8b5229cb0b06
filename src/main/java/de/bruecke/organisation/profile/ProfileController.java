package de.bruecke.organisation.profile;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Visibility;
import de.bruecke.platform.Access;
import de.bruecke.platform.Actor;
import de.bruecke.platform.RouteRules;
import de.bruecke.region.Areas;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Place;

import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/** Shows a profile, lets its organisation edit it step by step, and lets network staff verify it. */
@Controller
class ProfileController {

    static final String ID = "/organisations/{id:[0-9a-fA-F-]{36}}";

    private final Profiles profiles;
    private final ProfileForms forms;
    private final Areas areas;
    private final Gazetteer gazetteer;
    private final CodeLists codeLists;
    private final ProfileChoices choices;
    private final JsonMapper json;
    private final Clock clock;

    ProfileController(Profiles profiles, ProfileForms forms, Areas areas, Gazetteer gazetteer,
            CodeLists codeLists, ProfileChoices choices, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.profiles = profiles;
        this.forms = forms;
        this.areas = areas;
        this.gazetteer = gazetteer;
        this.codeLists = codeLists;
        this.choices = choices;
        this.json = json;
    }

    /** A profile the viewer may see, with the place its postcode stands for. */
    private record Shown(Profile profile, Place place) {
    }

    /** The step-specific part of saving: turn the submitted form into an edit of the current profile. */
    @FunctionalInterface
    private interface StepChange {
        Profile.Edit apply(Profile current, Viewer viewer);
    }

    @GetMapping(ID)
    String show(@PathVariable UUID id, Actor actor, Locale locale, Model model) {
        Viewer viewer = viewer(actor);
        Shown shown = visible(id, viewer);
        Profile profile = shown.profile();
        boolean insider = viewer.isInsider(profile.id(), shown.place());
        model.addAttribute("profile", profile);
        model.addAttribute("place", shown.place());
        model.addAttribute("description", PlainText.of(profile.basics().description()));
        model.addAttribute("contacts", insider ? profile.contacts() : profile.consentedContacts());
        model.addAttribute("mayEdit", viewer.mayEdit(profile.id()));
        model.addAttribute("mayVerify", viewer.mayVerify(shown.place()));
        model.addAttribute("maySeeHistory", insider);
        model.addAttribute("languageNames", profile.reach().languages().stream()
                .map(code -> codeLists.languageName(code, locale)).toList());
        model.addAttribute("communityNames", profile.reach().communities().stream()
                .map(code -> codeLists.countryName(code, locale)).toList());
        if (profile.visibility() == Visibility.PUBLIC) {
            model.addAttribute("jsonLd", jsonLd(profile, shown.place()));
        }
        return "organisation/profile";
    }

    @GetMapping(ID + "/history")
    String history(@PathVariable UUID id, Actor actor, Model model) {
        Viewer viewer = viewer(actor);
        Shown shown = visible(id, viewer);
        Access.requireAllowed(viewer.isInsider(shown.profile().id(), shown.place()));
        model.addAttribute("profile", shown.profile());
        model.addAttribute("history", profiles.history(shown.profile().id(), 500));
        return "organisation/history";
    }

    @PostMapping(ID + "/verify")
    String verify(@PathVariable UUID id, @RequestParam(defaultValue = "-1") String version,
            Actor actor, RedirectAttributes redirect) {
        Viewer viewer = viewer(actor);
        Shown shown = visible(id, viewer);
        Access.requireAllowed(viewer.mayVerify(shown.place()));
        try {
            profiles.save(shown.profile().verify(viewer.name(), clock.instant()), ProfileForms.version(version),
                    viewer.name());
            redirect.addFlashAttribute("message", "profile.verified.done");
        }
        catch (Profiles.ConcurrentEdit changed) {
            redirect.addFlashAttribute("message", "profile.verified.changed");
        }
        return "redirect:/organisations/" + id;
    }

    @GetMapping(ID + "/edit")
    String edit(@PathVariable UUID id, Actor actor) {
        editable(id, viewer(actor));
        return "redirect:/organisations/" + id + "/edit/basics";
    }

    @GetMapping(ID + "/edit/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, Actor actor, Locale locale,
            Model model) {
        Viewer viewer = viewer(actor);
        Profile profile = editable(id, viewer);
        ProfileStep current = ProfileStep.of(step)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Object form = switch (current) {
            case BASICS -> ProfileForms.BasicsForm.of(profile);
            case REACH -> ProfileForms.ReachForm.of(profile, gazetteer);
            case CAPACITY -> ProfileForms.CapacityForm.of(profile);
            case CONTACTS -> ProfileForms.ContactsForm.of(profile, codeLists, locale);
            case VISIBILITY -> ProfileForms.VisibilityForm.of(profile);
        };
        model.addAttribute("form", form);
        return page(profile, current, viewer, locale, model);
    }

    @PostMapping(ID + "/edit/basics")
    String saveBasics(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.BasicsForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, ProfileStep.BASICS, form.version(), errors, action, actor, locale, model, redirect,
                (profile, viewer) -> profile.withBasics(forms.basics(form, profile.kind(), errors)));
    }

    @PostMapping(ID + "/edit/reach")
    String saveReach(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.ReachForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, ProfileStep.REACH, form.version(), errors, action, actor, locale, model, redirect,
                (profile, viewer) -> profile.withReach(forms.reach(form, locale, errors)));
    }

    @PostMapping(ID + "/edit/capacity")
    String saveCapacity(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.CapacityForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, ProfileStep.CAPACITY, form.version(), errors, action, actor, locale, model, redirect,
                (profile, viewer) -> profile.withCapacity(forms.capacity(form, errors)));
    }

    @PostMapping(ID + "/edit/contacts")
    String saveContacts(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.ContactsForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, ProfileStep.CONTACTS, form.version(), errors, action, actor, locale, model, redirect,
                (profile, viewer) -> profile.withContacts(forms.contacts(form, profile, viewer.name(), locale, errors)));
    }

    @PostMapping(ID + "/edit/visibility")
    String saveVisibility(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.VisibilityForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Actor actor,
            Locale locale, Model model, RedirectAttributes redirect) {
        return save(id, ProfileStep.VISIBILITY, form.version(), errors, action, actor, locale, model, redirect,
                (profile, viewer) -> {
                    Access.requireAllowed(viewer.mayChooseVisibility(profile.id()));
                    Visibility chosen = forms.visibility(form, errors);
                    return profile.withVisibility(chosen == null ? profile.visibility() : chosen);
                });
    }

    /**
     * Checks one field of a step while the form is being filled in (htmx, when a changed field loses focus): the whole
     * form is validated exactly as on saving, and the field comes back with its message, if any. Nothing is saved.
     */
    @PostMapping(ID + "/edit/{step}/check")
    String check(@PathVariable UUID id, @PathVariable String step, @RequestParam(defaultValue = "") String field,
            HttpServletRequest request, Actor actor, Locale locale, Model model) {
        Viewer viewer = viewer(actor);
        Profile profile = editable(id, viewer);
        ProfileStep current = ProfileStep.of(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!current.checkedFields().contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        BindingResult errors = switch (current) {
            case BASICS -> {
                var binding = bind(request, ProfileForms.BasicsForm.class);
                forms.basics((ProfileForms.BasicsForm) binding.getTarget(), profile.kind(), binding);
                yield binding;
            }
            case REACH -> {
                var binding = bind(request, ProfileForms.ReachForm.class);
                forms.reach((ProfileForms.ReachForm) binding.getTarget(), locale, binding);
                yield binding;
            }
            case CAPACITY -> {
                var binding = bind(request, ProfileForms.CapacityForm.class);
                forms.capacity((ProfileForms.CapacityForm) binding.getTarget(), binding);
                yield binding;
            }
            case CONTACTS, VISIBILITY -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        model.addAttribute("form", errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("checkField", field);
        page(profile, current, viewer, locale, model);
        return "organisation/edit :: checked";
    }

    /** Binds the request to a step's form as saving does, so the check sees exactly what a save would. */
    private static BindingResult bind(HttpServletRequest request, Class<?> formType) {
        var binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(formType));
        binder.construct(request);
        return binder.getBindingResult();
    }

    /**
     * Saves one step. If someone else saved since the form was loaded, the step is shown again with the person's
     * input kept and, for each field, their value next to the one saved now: exactly the changes their edit makes.
     */
    private String save(UUID id, ProfileStep step, String version, BindingResult errors, String action,
            Actor actor, Locale locale, Model model, RedirectAttributes redirect,
            StepChange change) {
        Viewer viewer = viewer(actor);
        Profile current = editable(id, viewer);
        Profile.Edit edit = change.apply(current, viewer);
        int loaded = ProfileForms.version(version);
        if (!errors.hasErrors()) {
            try {
                profiles.save(edit, loaded, viewer.name());
                redirect.addFlashAttribute("message", "profile.saved");
                String target = "next".equals(action) ? step.next().map(ProfileStep::path).orElse(null) : step.path();
                return target == null ? "redirect:/organisations/" + id
                        : "redirect:/organisations/" + id + "/edit/" + target;
            }
            catch (Profiles.ConcurrentEdit changed) {
                current = editable(id, viewer);
                edit = change.apply(current, viewer);
            }
        }
        if (loaded != current.version()) {
            model.addAttribute("conflicts", edit.changes());
            model.addAttribute("savedVersion", current.version());
        }
        return page(current, step, viewer, locale, model);
    }

    private String page(Profile profile, ProfileStep step, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("step", step);
        model.addAttribute("steps", ProfileStep.values());
        model.addAttribute("mayChooseVisibility", viewer.mayChooseVisibility(profile.id()));
        model.addAttribute("checkable", !step.checkedFields().isEmpty());
        model.addAttribute("options", choices.in(locale));
        return "organisation/edit";
    }

    private Viewer viewer(Actor actor) {
        return Viewer.of(actor, areas);
    }

    /** The profile if the viewer may see it; otherwise "not found", so hidden profiles do not reveal they exist. */
    private Shown visible(UUID id, Viewer viewer) {
        Profile profile = profiles.find(new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Place place = gazetteer.place(profile.reach().postcode()).orElse(null);
        Access.requireVisible(viewer.maySee(profile.visibility(), profile.id(), place));
        return new Shown(profile, place);
    }

    private Profile editable(UUID id, Viewer viewer) {
        Shown shown = visible(id, viewer);
        Access.requireAllowed(viewer.mayEdit(shown.profile().id()));
        return shown.profile();
    }

    private String jsonLd(Profile profile, Place place) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", profile.kind() == OrganisationKind.MO ? "NGO" : "GovernmentOrganization");
        data.put("name", profile.name());
        if (!profile.basics().shortName().isEmpty()) {
            data.put("alternateName", profile.basics().shortName());
        }
        if (!profile.basics().description().isEmpty()) {
            data.put("description", profile.basics().description());
        }
        if (!profile.basics().website().isEmpty()) {
            data.put("url", profile.basics().website());
        }
        if (!profile.basics().publicEmail().isEmpty()) {
            data.put("email", profile.basics().publicEmail());
        }
        if (!profile.basics().publicPhone().isEmpty()) {
            data.put("telephone", profile.basics().publicPhone());
        }
        if (profile.basics().foundingYear() != null) {
            data.put("foundingDate", String.valueOf(profile.basics().foundingYear()));
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (!profile.reach().street().isEmpty()) {
            address.put("streetAddress", profile.reach().street());
        }
        address.put("postalCode", profile.reach().postcode());
        if (place != null) {
            address.put("addressLocality", place.name());
            address.put("addressRegion", place.landName());
        }
        address.put("addressCountry", "DE");
        data.put("address", address);
        if (!profile.reach().languages().isEmpty()) {
            data.put("knowsLanguage", profile.reach().languages());
        }
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    @Bean
    static RouteRules profileRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/organisations", ID)
                .permitAll()
                .requestMatchers(ID + "/history", ID + "/edit", ID + "/edit/*").authenticated()
                .requestMatchers(HttpMethod.POST, ID + "/edit/*/check").authenticated()
                .requestMatchers(HttpMethod.POST, ID + "/verify").hasRole("NETWORK_STAFF");
    }
}
