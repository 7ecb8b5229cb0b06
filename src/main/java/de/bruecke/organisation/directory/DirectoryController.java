package de.bruecke.organisation.directory;

import java.util.Locale;

import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.importing.Importers;
import de.bruecke.organisation.profile.CodeLists;
import de.bruecke.organisation.profile.CodeNames;
import de.bruecke.organisation.profile.ProfileChoices;
import de.bruecke.organisation.profile.Viewer;
import de.bruecke.platform.Actor;
import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.region.Areas;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory search as a list or a map: a plain GET form whose results htmx swaps in place. Both views show the
 * same matches for the same URL parameters.
 */
@Controller
class DirectoryController {

    /** How many values of a facet the search form shows before "show all". */
    static final int FACET_SIZE = 10;

    private final DirectorySearch search;
    private final DirectoryMap map;
    private final Areas areas;
    private final ProfileChoices choices;
    private final CodeLists codeLists;

    DirectoryController(DirectorySearch search, DirectoryMap map, Areas areas, ProfileChoices choices,
            CodeLists codeLists) {
        this.search = search;
        this.map = map;
        this.areas = areas;
        this.choices = choices;
        this.codeLists = codeLists;
    }

    @GetMapping("/organisations")
    String search(@RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Locale locale,
            Model model) {
        SearchQuery query = SearchQuery.from(params);
        Viewer viewer = Viewer.of(actor, areas);
        DirectorySearch.Result result = search.search(query, viewer);
        if (query.page() > result.pages()) {
            result = search.search(query.onPage(result.pages()), viewer);
        }
        show(result, "list", params.getFirst("all"), actor, locale, model);
        return htmx != null ? "organisation/search :: results" : "organisation/search";
    }

    @GetMapping("/organisations/map")
    String map(@RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Locale locale,
            Model model) {
        SearchQuery query = SearchQuery.from(params).onPage(1);
        Viewer viewer = Viewer.of(actor, areas);
        show(search.search(query, viewer), "map", params.getFirst("all"), actor, locale, model);
        model.addAttribute("map", map.draw(search.spread(query, viewer, DirectoryMap.MAX_DOTS)));
        return htmx != null ? "organisation/search :: results" : "organisation/search";
    }

    /**
     * Puts what the search page shows into the model. Long facets show their most frequent values (and the chosen
     * ones) until the person asks for all values of one facet.
     */
    private void show(DirectorySearch.Result result, String view, String expanded, Actor actor, Locale locale,
            Model model) {
        ProfileChoices.Labelled options = choices.in(locale);
        CodeNames names = new CodeNames(codeLists, locale);
        model.addAttribute("result", result);
        model.addAttribute("query", result.query());
        model.addAttribute("view", view);
        model.addAttribute("options", options);
        model.addAttribute("names", names);
        model.addAttribute("facetNames", FacetNames.of(options, names));
        model.addAttribute("facetSize", FACET_SIZE);
        model.addAttribute("expanded", expanded == null ? "" : expanded);
        model.addAttribute("radii", SearchQuery.RADII);
        model.addAttribute("sorts", SearchQuery.Sort.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("mayImport", Importers.mayImport(actor));
    }

    @Bean
    static NavigationEntry directoryEntry() {
        return new NavigationEntry("nav.directory", "/organisations", 5, NavigationEntry.EVERYONE);
    }

    @Bean
    static RouteRules directoryRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/organisations/map", "/organisations/export.csv",
                "/organisations/export.xlsx").permitAll();
    }
}
