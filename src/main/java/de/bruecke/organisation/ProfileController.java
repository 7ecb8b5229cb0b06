package de.bruecke.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.bruecke.platform.RouteRules;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Networks;
import de.bruecke.region.Place;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
    private final Networks networks;
    private final Gazetteer gazetteer;
    private final CodeLists codeLists;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ProfileController(Profiles profiles, ProfileForms forms, Networks networks, Gazetteer gazetteer,
            CodeLists codeLists, JsonMapper json) {
        this.profiles = profiles;
        this.forms = forms;
        this.networks = networks;
        this.gazetteer = gazetteer;
        this.codeLists = codeLists;
        this.json = json;
    }

    /** One field whose saved value differs from what the person just sent. */
    record Conflict(String field, String yours, String saved) {
    }

    @GetMapping(ID)
    String show(@PathVariable UUID id, Authentication authentication, Locale locale, Model model) {
        Viewer viewer = viewer(authentication);
        Profile profile = visible(id, viewer);
        Place place = gazetteer.place(profile.reach().postcode()).orElse(null);
        boolean insider = viewer.mayEdit(profile.id()) || (place != null && viewer.inArea(place.landKey(),
                place.kreisKey()));
        model.addAttribute("profile", profile);
        model.addAttribute("place", place);
        model.addAttribute("description", PlainText.of(profile.basics().description()));
        model.addAttribute("contacts", insider ? profile.contacts() : profile.consentedContacts());
        model.addAttribute("mayEdit", viewer.mayEdit(profile.id()));
        model.addAttribute("mayVerify", place != null && viewer.mayVerify(place.landKey(), place.kreisKey()));
        model.addAttribute("maySeeHistory", insider || viewer.seesAll());
        model.addAttribute("languageNames", profile.reach().languages().stream()
                .map(code -> codeLists.languageName(code, locale)).toList());
        model.addAttribute("communityNames", profile.reach().communities().stream()
                .map(code -> codeLists.countryName(code, locale)).toList());
        if (profile.visibility() == Visibility.PUBLIC) {
            model.addAttribute("jsonLd", jsonLd(profile, place));
        }
        return "organisation/profile";
    }

    @GetMapping(ID + "/history")
    String history(@PathVariable UUID id, Authentication authentication, Model model) {
        Viewer viewer = viewer(authentication);
        Profile profile = visible(id, viewer);
        Place place = gazetteer.place(profile.reach().postcode()).orElse(null);
        if (!viewer.maySeeHistory(profile.id(), place == null ? "" : place.landKey(),
                place == null ? "" : place.kreisKey())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("profile", profile);
        model.addAttribute("history", profiles.history(profile.id(), 500));
        return "organisation/history";
    }

    @PostMapping(ID + "/verify")
    String verify(@PathVariable UUID id, @RequestParam(defaultValue = "-1") String version,
            Authentication authentication, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = visible(id, viewer);
        Place place = gazetteer.place(profile.reach().postcode()).orElseThrow();
        if (!viewer.mayVerify(place.landKey(), place.kreisKey())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            profiles.save(profile.verify(viewer.name(), clock.instant()), ProfileForms.version(version),
                    viewer.name());
            redirect.addFlashAttribute("message", "profile.verified.done");
        }
        catch (Profiles.ConcurrentEdit changed) {
            redirect.addFlashAttribute("message", "profile.verified.changed");
        }
        return "redirect:/organisations/" + id;
    }

    @GetMapping(ID + "/edit")
    String edit(@PathVariable UUID id, Authentication authentication) {
        editable(id, viewer(authentication));
        return "redirect:/organisations/" + id + "/edit/basics";
    }

    @GetMapping(ID + "/edit/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, Authentication authentication, Locale locale,
            Model model) {
        Profile profile = editable(id, viewer(authentication));
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
        return page(profile, current, viewer(authentication), locale, model);
    }

    @PostMapping(ID + "/edit/basics")
    String saveBasics(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.BasicsForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Authentication authentication,
            Locale locale, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = editable(id, viewer);
        Basics basics = forms.basics(form, profile.kind(), errors);
        return save(profile, ProfileStep.BASICS, form.version(), profile.basics(), basics,
                () -> profile.withBasics(basics), errors, action, viewer, locale, model, redirect);
    }

    @PostMapping(ID + "/edit/reach")
    String saveReach(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.ReachForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Authentication authentication,
            Locale locale, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = editable(id, viewer);
        Reach reach = forms.reach(form, locale, errors);
        return save(profile, ProfileStep.REACH, form.version(), profile.reach(), reach,
                () -> profile.withReach(reach), errors, action, viewer, locale, model, redirect);
    }

    @PostMapping(ID + "/edit/capacity")
    String saveCapacity(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.CapacityForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Authentication authentication,
            Locale locale, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = editable(id, viewer);
        Capacity capacity = forms.capacity(form, errors);
        return save(profile, ProfileStep.CAPACITY, form.version(), profile.capacity(), capacity,
                () -> profile.withCapacity(capacity), errors, action, viewer, locale, model, redirect);
    }

    @PostMapping(ID + "/edit/contacts")
    String saveContacts(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.ContactsForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Authentication authentication,
            Locale locale, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = editable(id, viewer);
        List<ContactPerson> contacts = forms.contacts(form, profile, viewer.name(), locale, errors);
        ProfileSection before = () -> Profile.contactValues(profile.contacts());
        ProfileSection after = () -> Profile.contactValues(contacts);
        return save(profile, ProfileStep.CONTACTS, form.version(), before, after,
                () -> profile.withContacts(contacts), errors, action, viewer, locale, model, redirect);
    }

    @PostMapping(ID + "/edit/visibility")
    String saveVisibility(@PathVariable UUID id, @ModelAttribute("form") ProfileForms.VisibilityForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Authentication authentication,
            Locale locale, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewer(authentication);
        Profile profile = editable(id, viewer);
        if (!viewer.mayChooseVisibility(profile.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Visibility visibility = forms.visibility(form, errors);
        ProfileSection before = () -> Map.of("visibility", profile.visibility().name());
        ProfileSection after = () -> Map.of("visibility", visibility == null ? "" : visibility.name());
        return save(profile, ProfileStep.VISIBILITY, form.version(), before, after,
                () -> profile.withVisibility(visibility), errors, action, viewer, locale, model, redirect);
    }

    private String save(Profile profile, ProfileStep step, String version, ProfileSection saved,
            ProfileSection yours, java.util.function.Supplier<Profile.Edit> edit, BindingResult errors, String action,
            Viewer viewer, Locale locale, Model model, RedirectAttributes redirect) {
        int loaded = ProfileForms.version(version);
        if (!errors.hasErrors()) {
            try {
                profiles.save(edit.get(), loaded, viewer.name());
                redirect.addFlashAttribute("message", "profile.saved");
                String target = "next".equals(action) ? step.next().map(ProfileStep::path).orElse(null) : step.path();
                return target == null ? "redirect:/organisations/" + profile.id()
                        : "redirect:/organisations/" + profile.id() + "/edit/" + target;
            }
            catch (Profiles.ConcurrentEdit changed) {
                // falls through to the conflict view below
            }
        }
        if (loaded != profile.version()) {
            model.addAttribute("conflicts", conflicts(yours, saved));
            model.addAttribute("savedVersion", profile.version());
        }
        return page(profile, step, viewer, locale, model);
    }

    private static List<Conflict> conflicts(ProfileSection yours, ProfileSection saved) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, String> mine = yours.fieldValues();
        Map<String, String> theirs = new LinkedHashMap<>(saved.fieldValues());
        mine.keySet().forEach(k -> theirs.putIfAbsent(k, ""));
        theirs.forEach((field, value) -> {
            String own = mine.getOrDefault(field, "");
            if (!own.equals(value)) {
                conflicts.add(new Conflict(field, own, value));
            }
        });
        return conflicts;
    }

    private String page(Profile profile, ProfileStep step, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("step", step);
        model.addAttribute("steps", ProfileStep.values());
        model.addAttribute("mayChooseVisibility", viewer.mayChooseVisibility(profile.id()));
        model.addAttribute("options", new ProfileOptions(gazetteer.laender()));
        model.addAttribute("names", new CodeNames(codeLists, locale));
        return "organisation/edit";
    }

    private Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication, networks);
    }

    /** The profile if the viewer may see it; otherwise "not found", so hidden profiles do not reveal they exist. */
    private Profile visible(UUID id, Viewer viewer) {
        Profile profile = profiles.find(new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Place place = gazetteer.place(profile.reach().postcode()).orElse(null);
        if (!viewer.maySee(profile.visibility(), profile.id(), place == null ? "" : place.landKey(),
                place == null ? "" : place.kreisKey())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return profile;
    }

    private Profile editable(UUID id, Viewer viewer) {
        Profile profile = visible(id, viewer);
        if (!viewer.mayEdit(profile.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return profile;
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
                .requestMatchers(HttpMethod.POST, ID + "/verify").hasRole("NETWORK_STAFF");
    }
}
