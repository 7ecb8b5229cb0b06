package de.bruecke.assessment.round;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bruecke.account.OrganisationMember;
import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a round is closed, tells each respondent who answered (and is still a member) in their own language that the
 * results are ready, with a link to them. Runs after the closing committed, in a transaction of its own; the round
 * records that it was told, so a publication delivered twice sends the mails once.
 */
@Component
class ResultsReadyMail {

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final Organisations organisations;
    private final Mailer mailer;

    ResultsReadyMail(JdbcClient jdbc, Assessments assessments, Organisations organisations, Mailer mailer) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.organisations = organisations;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        boolean first = jdbc.sql("""
                update assessment_round set results_mailed_at = now()
                where id = :id and status = 'CLOSED' and results_mailed_at is null""")
                .param("id", completed.round().value()).update() == 1;
        if (!first) {
            return;
        }
        Organisation organisation = organisations.find(completed.organisation()).orElse(null);
        if (organisation == null) {
            return;
        }
        Set<AccountId> answered = Set.copyOf(jdbc.sql("""
                select distinct r.user_id from assessment_respondent r
                where r.round_id = :round and r.user_id is not null
                  and exists (select 1 from assessment_answer a where a.respondent_id = r.id)""")
                .param("round", completed.round().value()).query(UUID.class).list().stream().map(AccountId::new)
                .toList());
        String link = assessments.link("/organisations/" + organisation.id() + "/assessments/" + completed.round()
                + "/results");
        List<OrganisationMember> respondents = assessments.moMembers(organisation.id()).stream()
                .filter(member -> answered.contains(member.account())).toList();
        for (OrganisationMember respondent : respondents) {
            mailer.send(new Mail(respondent.email(), respondent.language(), "assessment/results-ready", Map.of(
                    "organisation", organisation.name(),
                    "name", respondent.displayName(),
                    "link", link)));
        }
    }
}
