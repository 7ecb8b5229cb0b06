package de.bruecke.assessment;

import java.util.List;

import de.bruecke.account.Accounts;
import de.bruecke.organisation.Organisations;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

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
        var fixtures = new AssessmentFixtures(context.getBean(Organisations.class), context.getBean(Accounts.class),
                context.getBean(UserDetailsService.class), context.getBean(Assessments.class),
                context.getBean(Answers.class), context.getBean(Questionnaires.class), context.getBean(JdbcClient.class));
        var mo = fixtures.newMo(2);
        var admin = fixtures.user(mo.admin()).id();
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
        RoundId open = fixtures.start(mo);
        fixtures.invite(mo, open, mo.member(0), mo.member(1));
        fixtures.answerAll(open, mo.member(0), "4", Priority.LOW);
        String base = mo.base();
        return new Sample(mo.admin(), List.of(base, base + "/" + open + "/respondents",
                base + "/" + open + "/answers/labour-market", base + "/" + open + "/done", base + "/" + open + "/close",
                base + "/" + first + "/results", base + "/" + second + "/results"));
    }

    private static void backdate(AssessmentFixtures fixtures, RoundId round, int years) {
        fixtures.jdbc().sql("""
                update assessment_round set started_at = started_at - make_interval(years => :y),
                    closed_at = closed_at - make_interval(years => :y) where id = :r""")
                .param("y", years).param("r", round.value()).update();
    }
}
