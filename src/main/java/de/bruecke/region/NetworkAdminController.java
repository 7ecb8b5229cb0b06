package de.bruecke.region;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.StartPageFact;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of regional networks and the area each covers. */
@Controller
class NetworkAdminController {

    private final Networks networks;
    private final Gazetteer gazetteer;

    NetworkAdminController(Networks networks, Gazetteer gazetteer) {
        this.networks = networks;
        this.gazetteer = gazetteer;
    }

    @GetMapping("/admin/networks")
    String list(Model model) {
        Map<String, String> landNames = gazetteer.laender().stream().collect(Collectors.toMap(Land::key, Land::name));
        model.addAttribute("networks", networks.all());
        model.addAttribute("landNames", landNames);
        return "region/networks";
    }

    @GetMapping("/admin/networks/new")
    String newForm(Model model) {
        return form(new NetworkForm(null, 0, "", "", List.of(), List.of()), null, model);
    }

    @PostMapping("/admin/networks")
    String create(@ModelAttribute NetworkForm form, Model model, RedirectAttributes redirect) {
        try {
            Network created = networks.create(form.name(), form.description(), form.safeLaender(), form.safeKreise());
            redirect.addFlashAttribute("saved", created.name());
            return "redirect:/admin/networks";
        }
        catch (Networks.Refused refused) {
            return form(form, refused.problem(), model);
        }
    }

    @GetMapping("/admin/networks/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Network network = networks.find(new NetworkId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(new NetworkForm(id, network.version(), network.name(), network.description(),
                List.copyOf(network.landKeys()), List.copyOf(network.kreisKeys())), null, model);
    }

    @PostMapping("/admin/networks/{id}")
    String update(@PathVariable UUID id, @ModelAttribute NetworkForm form, Model model,
            RedirectAttributes redirect) {
        networks.find(new NetworkId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            Network saved = networks.update(new NetworkId(id), form.version(), form.name(), form.description(),
                    form.safeLaender(), form.safeKreise());
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/admin/networks";
        }
        catch (Networks.Refused refused) {
            return form(new NetworkForm(id, form.version(), form.name(), form.description(), form.safeLaender(),
                    form.safeKreise()), refused.problem(), model);
        }
    }

    @PostMapping("/admin/networks/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!networks.delete(new NetworkId(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin/networks";
    }

    private String form(NetworkForm form, Networks.Problem problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("laender", gazetteer.laender());
        model.addAttribute("kreiseByLand", gazetteer.kreise().stream()
                .collect(Collectors.groupingBy(Kreis::landKey, java.util.TreeMap::new, Collectors.toList())));
        model.addAttribute("landNames", gazetteer.laender().stream().collect(Collectors.toMap(Land::key, Land::name)));
        return "region/network-form";
    }

    record NetworkForm(UUID id, int version, String name, String description, List<String> laender,
            List<String> kreise) {

        public List<String> safeLaender() {
            return laender == null ? List.of() : laender.stream().limit(100).toList();
        }

        public List<String> safeKreise() {
            return kreise == null ? List.of() : kreise.stream().limit(1000).toList();
        }
    }

    @Bean
    static RouteRules networkAdminRoutes() {
        return routes -> routes
                .requestMatchers("/admin/networks", "/admin/networks/**").hasRole("ADMINISTRATOR")
                .requestMatchers(HttpMethod.GET, "/sources").permitAll();
    }

    @Bean
    static NavigationEntry networkAdminEntry() {
        return new NavigationEntry("nav.adminNetworks", "/admin/networks", 93, "ROLE_ADMINISTRATOR");
    }

    @Bean
    static StartPageFact networksFact(Networks networks) {
        return new StartPageFact("home.facts.networks", 30, networks::count);
    }
}
