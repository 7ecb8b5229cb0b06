package de.bruecke.assessment.round;

import java.util.List;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.plan.ActionPlan;
import de.bruecke.assessment.plan.ActionPlans;
import de.bruecke.assessment.results.Sharing;

import org.springframework.context.ApplicationContext;

/**
 * Rounds for tests outside this package (browser and accessibility tests): a fresh MO whose admin has two closed rounds
 * a year apart and an open third one with answers in every state.
 */
public final class SampleRounds {

    /** The admin to sign in as (demo password) and the pages of each kind. */
    public record Sample(String admin, List<String> pages) {
    }

    private SampleRounds() {
    }

    public static Sample create(ApplicationContext context) {
        var fixtures = AssessmentFixtures.of(context);
        var mo = fixtures.newMo(2);
        var admin = fixtures.user(mo.admin()).accountId();
        RoundId first = fixtures.start(mo);
        fixtures.invite(mo, first, mo.member(0));
        fixtures.answerAll(first, mo.admin(), "1", Priority.HIGH);
        fixtures.answerAll(first, mo.member(0), "2", Priority.MEDIUM);
        fixtures.assessments().close(first, fixtures.priorities(Priority.HIGH), admin);
        backdate(fixtures, first, 2);
        RoundId second = fixtures.start(mo);
        fixtures.invite(mo, second, mo.member(0), mo.member(1));
        fixtures.answerAll(second, mo.member(0), "3", Priority.LOW);
        fixtures.answerAll(second, mo.member(1), "DONT_KNOW", Priority.HIGH);
        fixtures.assessments().close(second, fixtures.priorities(Priority.MEDIUM), admin);
        backdate(fixtures, second, 1);
        plan(context, mo, second);
        context.getBean(Sharing.class).share(second, admin);
        RoundId open = fixtures.start(mo);
        fixtures.invite(mo, open, mo.member(0), mo.member(1));
        fixtures.answerAll(open, mo.member(0), "4", Priority.LOW);
        String base = mo.base();
        return new Sample(mo.admin(), List.of(base, base + "/" + open + "/respondents",
                base + "/" + open + "/answers/labour-market", base + "/" + open + "/done", base + "/" + open + "/close",
                base + "/" + first + "/results", base + "/" + second + "/results", base + "/" + first + "/plan",
                base + "/" + second + "/plan"));
    }

    /**
     * A fresh MO in Berlin (the demo network's area) with a closed round, an action plan, shared with the network:
     * the path of its results page, which the demo network staff may read.
     */
    public static String sharedInBerlin(ApplicationContext context) {
        var fixtures = fixtures(context);
        var mo = fixtures.newMo(1, "10117");
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "2", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "3", Priority.MEDIUM);
        var admin = fixtures.user(mo.admin()).accountId();
        fixtures.assessments().close(round, fixtures.priorities(Priority.HIGH), admin);
        plan(context, mo, round);
        context.getBean(Sharing.class).share(round, admin);
        return mo.base() + "/" + round + "/results";
    }

    /** A fresh MO in Berlin with a closed round (two respondents) and no plan yet: its admin and results path. */
    public static Sample closedInBerlin(ApplicationContext context) {
        var fixtures = fixtures(context);
        var mo = fixtures.newMo(1, "10117");
        RoundId round = fixtures.start(mo);
        fixtures.invite(mo, round, mo.member(0));
        fixtures.answerAll(round, mo.admin(), "1", Priority.HIGH);
        fixtures.answerAll(round, mo.member(0), "2", Priority.MEDIUM);
        fixtures.assessments().close(round, fixtures.priorities(Priority.HIGH), fixtures.user(mo.admin()).accountId());
        return new Sample(mo.admin(), List.of(mo.base() + "/" + round + "/results", mo.organisation().name()));
    }

    private static void plan(ApplicationContext context, AssessmentFixtures.Mo mo, RoundId round) {
        context.getBean(ActionPlans.class).save(round, mo.organisation().id(),
                java.time.LocalDate.now(RoundPages.ZONE).plusMonths(9), List.of(
                        new ActionPlan.Action(DimensionCode.FINANCE, "Einen ersten Förderantrag stellen",
                                "Beratung beim Regionalnetzwerk anfragen", "Kassenwartin"),
                        new ActionPlan.Action(DimensionCode.STAFF, "Zwei neue Ehrenamtliche gewinnen",
                                "Aushang im Gemeindezentrum", "")),
                0, fixtures(context).user(mo.admin()).accountId());
    }

    private static AssessmentFixtures fixtures(ApplicationContext context) {
        return AssessmentFixtures.of(context);
    }

    private static void backdate(AssessmentFixtures fixtures, RoundId round, int years) {
        fixtures.jdbc().sql("""
                update assessment_round set started_at = started_at - make_interval(years => :y),
                    closed_at = closed_at - make_interval(years => :y) where id = :r""")
                .param("y", years).param("r", round.value()).update();
    }
}
