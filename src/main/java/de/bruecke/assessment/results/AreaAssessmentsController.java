package de.bruecke.assessment.results;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.platform.Actor;
import de.bruecke.platform.NavigationEntry;
import de.bruecke.region.Network;
import de.bruecke.region.NetworkId;
import de.bruecke.region.Networks;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Needs in a network's area as anonymous figures (for the network's staff, coordinators and administrators), and the
 * results MOs of the area shared with the network (for its staff).
 */
@Controller
class AreaAssessmentsController {

    static final String LIST = AssessmentRoutes.AREA_LIST;
    static final String AREA = AssessmentRoutes.AREA;

    private final Networks networks;
    private final AreaAggregates aggregates;
    private final Questionnaires questionnaires;

    AreaAssessmentsController(Networks networks, AreaAggregates aggregates, Questionnaires questionnaires) {
        this.networks = networks;
        this.aggregates = aggregates;
        this.questionnaires = questionnaires;
    }

    /** One dimension as shown; figures empty when withheld. */
    record Row(int number, ShownText title, long scored, boolean withheld, String meanNeed, String meanLevel,
            List<Long> levels, Long highPriority) {
    }

    /** A shared round in the list: the MO's name, when the round closed and where to read it. */
    record SharedRow(String name, String closedAt, String path) {
    }

    @GetMapping(LIST)
    String list(Actor actor, Model model) {
        boolean all = actor.seesAll();
        List<Network> visible = all ? networks.all() : networks.all().stream()
                .filter(n -> actor.staffOf(n.id().value()))
                .toList();
        if (!all && visible.size() == 1) {
            return "redirect:/networks/" + visible.get(0).id().value() + "/assessments";
        }
        model.addAttribute("networks", visible);
        return "assessment/area-list";
    }

    @GetMapping(AREA)
    String area(@PathVariable UUID network, Actor actor, Locale locale, Model model) {
        Network shown = networks.find(new NetworkId(network))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AreaAggregates.Figures figures = aggregates.of(shown);
        Questionnaire questionnaire = questionnaires.current();
        List<Row> rows = figures.dimensions().stream().map(f -> new Row(f.dimension().ordinal() + 1,
                questionnaire.dimension(f.dimension()).title().in(locale), f.scored(), f.isWithheld(),
                RoundPages.decimal(f.meanNeed(), locale), RoundPages.decimal(f.meanLevel(), locale), f.levels(),
                f.highPriority().orElse(null))).toList();
        boolean staff = actor.staffOf(network);
        model.addAttribute("network", shown);
        model.addAttribute("figures", figures);
        model.addAttribute("rows", rows);
        model.addAttribute("minimum", AreaAggregates.MIN_ORGANISATIONS);
        model.addAttribute("staff", staff);
        model.addAttribute("shared", staff ? aggregates.shared(shown).stream()
                .map(s -> new SharedRow(s.name(), RoundPages.date(s.closedAt(), locale),
                        "/organisations/" + s.organisation() + "/assessments/" + s.round() + "/results"))
                .toList() : List.of());
        return "assessment/area";
    }

    @Bean
    static NavigationEntry areaAssessmentsForNetworkStaff() {
        return new NavigationEntry("assessment.aggregate.nav", LIST, 60, "ROLE_NETWORK_STAFF");
    }

    @Bean
    static NavigationEntry areaAssessmentsForCoordinators() {
        return new NavigationEntry("assessment.aggregate.nav", LIST, 61, "ROLE_COORDINATOR");
    }

    @Bean
    static NavigationEntry areaAssessmentsForAdministrators() {
        return new NavigationEntry("assessment.aggregate.nav", LIST, 62, "ROLE_ADMINISTRATOR");
    }
}
