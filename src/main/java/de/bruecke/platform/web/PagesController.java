package de.bruecke.platform.web;

import java.util.Comparator;
import java.util.List;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.StartPageFact;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the pages every site of a public body must have. */
@Controller
class PagesController {

    private final List<StartPageFact> facts;

    PagesController(List<StartPageFact> facts) {
        this.facts = facts.stream().sorted(Comparator.comparingInt(StartPageFact::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("facts", facts.stream().map(f -> new Fact(f.labelKey(), f.count().getAsLong())).toList());
        return "home";
    }

    @GetMapping("/imprint")
    String imprint() {
        return "pages/imprint";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "pages/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/plain-language")
    String plainLanguage() {
        return "pages/plain-language";
    }

    record Fact(String labelKey, long count) {
    }

    @Bean
    static RouteRules publicPages() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/", "/imprint", "/privacy", "/accessibility",
                "/plain-language").permitAll();
    }

    @Bean
    static NavigationEntry homeEntry() {
        return new NavigationEntry("nav.home", "/", 0, NavigationEntry.EVERYONE);
    }
}
