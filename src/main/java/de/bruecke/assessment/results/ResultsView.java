package de.bruecke.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.bruecke.account.OrganisationMember;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.plan.ActionPlans;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.assessment.scoring.Agreement;
import de.bruecke.assessment.scoring.DimensionComparison;
import de.bruecke.assessment.scoring.DimensionResult;
import de.bruecke.assessment.scoring.Trend;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.AccountId;

import org.springframework.stereotype.Component;

/**
 * What the results page and its PDF show of a closed round, formatted for the reader's language: the figures per
 * dimension, top needs, radar chart, progress, the action plan and the sharing state. Never anyone's answers.
 */
@Component
public class ResultsView {

    /** How many of the highest needs the results and the plan name. */
    public static final int TOP_NEEDS = 3;

    /** One dimension's figures as shown, formatted for the reader's language; empty strings mean unknown. */
    record Row(int number, DimensionCode code, ShownText title, String mean, String spread, Agreement agreement,
            String dontKnowShare, Priority priority, String needScore, String previousMean, String change,
            Trend trend) {
    }

    /** The action plan as shown. */
    public record PlanView(String followUpOn, List<PlanRow> actions, String updatedAt, String updatedBy) {
    }

    public record PlanRow(ShownText title, String goal, String nextStep, String responsible) {
    }

    /** The sharing state as shown: since when and by whom, or the last withdrawal. */
    record SharingView(boolean shared, String at, String by) {
    }

    private final Results results;
    private final ActionPlans plans;
    private final Sharing sharing;
    private final RoundPages pages;

    ResultsView(Results results, ActionPlans plans, Sharing sharing, RoundPages pages) {
        this.results = results;
        this.plans = plans;
        this.sharing = sharing;
        this.pages = pages;
    }

    /** The model of a closed round's results page (and PDF). */
    Map<String, Object> of(Organisation org, Round current, Locale locale) {
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
        Map<AccountId, OrganisationMember> members = pages.members(org);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", org);
        model.put("base", RoundPages.base(org));
        model.put("roundBase", RoundPages.base(org, current));
        model.put("round", current);
        model.put("startedAt", RoundPages.date(current.startedAt(), locale));
        model.put("closedAt", RoundPages.date(current.closedAt(), locale));
        model.put("respondents", scored.result().respondents());
        model.put("rows", rows);
        model.put("topNeeds", scored.result().topNeeds().stream().limit(ResultsView.TOP_NEEDS)
                .map(need -> rows.get(need.dimension().ordinal())).toList());
        model.put("chart", RadarChart.of(labels,
                scored.result().dimensions().stream().map(DimensionResult::mean).toList(),
                scored.earlier().map(earlier -> earlier.result().dimensions().stream().map(DimensionResult::mean)
                        .toList())));
        scored.earlier().ifPresent(earlier -> {
            model.put("earlierClosedAt", RoundPages.date(earlier.round().closedAt(), locale));
            model.put("sameQuestionnaire", earlier.sameQuestionnaire());
        });
        model.put("plan", plans.find(current.id()).map(plan -> new PlanView(
                RoundPages.date(plan.followUpOn(), locale),
                plan.actions().stream().map(action -> new PlanRow(
                        questionnaire.dimension(action.dimension()).title().in(locale), action.goal(),
                        action.nextStep(), action.responsible())).toList(),
                RoundPages.date(plan.updatedAt(), locale), name(members, plan.updatedBy()))).orElse(null));
        model.put("sharing", sharing.of(current.id())
                .map(shared -> new SharingView(true, RoundPages.date(shared.at(), locale), name(members, shared.by())))
                .orElseGet(() -> sharing.history(current.id()).stream().findFirst()
                        .map(last -> new SharingView(false, RoundPages.date(last.at(), locale),
                                name(members, last.by())))
                        .orElse(new SharingView(false, "", ""))));
        return model;
    }

    private static String name(Map<AccountId, OrganisationMember> members, AccountId id) {
        return Optional.ofNullable(id).map(members::get).map(OrganisationMember::displayName).orElse("");
    }

    private static String signed(Optional<BigDecimal> change, Locale locale) {
        String text = RoundPages.decimal(change.map(BigDecimal::abs), locale);
        if (text.isEmpty() || change.get().signum() == 0) {
            return text;
        }
        return (change.get().signum() > 0 ? "+" : "−") + text;
    }
}
