package de.bruecke.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.organisation.Organisation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results of a closed round for everyone in the organisation: per dimension the mean level, agreement, share of
 * "don't know", priority and need score, the top needs, a radar chart with the same numbers in a table, and the change
 * since the previous round. Never anyone's individual answers.
 */
@Controller
class ResultsController {

    static final int TOP_NEEDS = 3;

    private final RoundPages pages;
    private final Results results;

    ResultsController(RoundPages pages, Results results) {
        this.pages = pages;
        this.results = results;
    }

    /** One dimension's figures as shown, formatted for the reader's language; empty strings mean unknown. */
    record Row(int number, DimensionCode code, ShownText title, String mean, String spread, Agreement agreement,
            String dontKnowShare, Priority priority, String needScore, String previousMean, String change,
            Trend trend) {
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/results")
    String show(@PathVariable UUID organisation, @PathVariable UUID round, Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.round(org, round);
        if (current.isOpen()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Results.Scored scored = results.of(current);
        Questionnaire questionnaire = scored.questionnaire();
        List<Row> rows = new ArrayList<>();
        for (DimensionResult result : scored.result().dimensions()) {
            Optional<DimensionComparison> comparison = scored.earlier()
                    .map(earlier -> earlier.progress().get(result.dimension().ordinal()));
            rows.add(new Row(result.dimension().ordinal() + 1, result.dimension(),
                    questionnaire.dimension(result.dimension()).title().in(locale),
                    RoundPages.decimal(result.mean(), locale), RoundPages.decimal(result.spread(), locale),
                    result.agreement(), RoundPages.percent(result.dontKnowShare(), locale), result.priority(),
                    RoundPages.decimal(result.needScore(), locale),
                    comparison.map(c -> RoundPages.decimal(c.previousMean(), locale)).orElse(""),
                    comparison.map(c -> signed(c.change(), locale)).orElse(""),
                    comparison.map(DimensionComparison::trend).orElse(null)));
        }
        List<String> labels = rows.stream().map(row -> String.valueOf(row.number())).toList();
        model.addAttribute("organisation", org);
        model.addAttribute("base", RoundPages.base(org));
        model.addAttribute("round", current);
        model.addAttribute("startedAt", RoundPages.date(current.startedAt(), locale));
        model.addAttribute("closedAt", RoundPages.date(current.closedAt(), locale));
        model.addAttribute("respondents", scored.result().respondents());
        model.addAttribute("rows", rows);
        model.addAttribute("topNeeds", scored.result().topNeeds().stream().limit(TOP_NEEDS)
                .map(need -> rows.get(need.dimension().ordinal())).toList());
        model.addAttribute("chart", RadarChart.of(labels,
                scored.result().dimensions().stream().map(DimensionResult::mean).toList(),
                scored.earlier().map(earlier -> earlier.result().dimensions().stream().map(DimensionResult::mean)
                        .toList())));
        scored.earlier().ifPresent(earlier -> {
            model.addAttribute("earlierClosedAt", RoundPages.date(earlier.round().closedAt(), locale));
            model.addAttribute("sameQuestionnaire", earlier.sameQuestionnaire());
        });
        return "assessment/results";
    }

    private static String signed(Optional<BigDecimal> change, Locale locale) {
        String text = RoundPages.decimal(change.map(BigDecimal::abs), locale);
        if (text.isEmpty() || change.get().signum() == 0) {
            return text;
        }
        return (change.get().signum() > 0 ? "+" : "−") + text;
    }
}
