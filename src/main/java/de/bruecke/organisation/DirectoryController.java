package de.bruecke.organisation;

import java.util.Locale;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.region.Networks;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory search: a plain GET form whose results htmx swaps in place. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final Networks networks;
    private final ProfileChoices choices;
    private final CodeLists codeLists;

    DirectoryController(DirectorySearch search, Networks networks, ProfileChoices choices, CodeLists codeLists) {
        this.search = search;
        this.networks = networks;
        this.choices = choices;
        this.codeLists = codeLists;
    }

    @GetMapping("/organisations")
    String search(@RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
            Locale locale, Model model) {
        SearchQuery query = SearchQuery.from(params);
        Viewer viewer = Viewer.of(authentication, networks);
        DirectorySearch.Result result = search.search(query, viewer);
        if (query.page() > result.pages()) {
            result = search.search(query.onPage(result.pages()), viewer);
        }
        model.addAttribute("result", result);
        model.addAttribute("query", result.query());
        model.addAttribute("options", choices.in(locale));
        model.addAttribute("names", new CodeNames(codeLists, locale));
        model.addAttribute("radii", SearchQuery.RADII);
        model.addAttribute("sorts", SearchQuery.Sort.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("mayImport", ImportController.mayImport(authentication));
        return htmx != null ? "organisation/search :: results" : "organisation/search";
    }

    @Bean
    static NavigationEntry directoryEntry() {
        return new NavigationEntry("nav.directory", "/organisations", 5, NavigationEntry.EVERYONE);
    }
}
