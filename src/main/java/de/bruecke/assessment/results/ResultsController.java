package de.bruecke.assessment.results;

import java.util.Locale;
import java.util.UUID;

import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The results of a closed round for everyone in the organisation, and for the network staff of its area while the
 * round is shared: per dimension the mean level, agreement, share of "don't know", priority and need score, the top
 * needs, a radar chart with the same numbers in a table, the change since the previous round and the action plan.
 * Never anyone's individual answers. MO admins also find the links to plan, share and download here.
 */
@Controller
class ResultsController {

    private final RoundPages pages;
    private final ResultsView view;
    private final ResultReaders readers;

    ResultsController(RoundPages pages, ResultsView view, ResultReaders readers) {
        this.pages = pages;
        this.view = view;
        this.readers = readers;
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/results")
    String show(@PathVariable UUID organisation, @PathVariable UUID round, Actor actor,
            Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        ResultReaders.Reader reader = readers.of(actor, org);
        Round current = pages.closedRound(org, round);
        readers.requireShared(reader, current);
        model.addAllAttributes(view.of(org, current, locale));
        model.addAttribute("reader", reader.name());
        model.addAttribute("ofOrganisation", reader.isOfOrganisation());
        model.addAttribute("admin", reader == ResultReaders.Reader.ADMIN);
        return "assessment/results";
    }
}
