package de.bruecke.assessment.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bruecke.account.Accounts;
import de.bruecke.account.OrganisationMember;
import de.bruecke.account.Role;
import de.bruecke.assessment.round.Assessments;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.AccountId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the MO admins of an action plan's follow-up date: {@code bruecke.assessment.reminder-days-before} days
 * (default 14) before it, one e-mail per admin in their own language, with a link to start a new round. Each plan's
 * follow-up date is reminded once (recorded on the plan; a moved date is reminded again). Plans are claimed with
 * {@code FOR UPDATE SKIP LOCKED} inside the transaction that writes the mails to the outbox, so several nodes never
 * remind twice. No reminder when the organisation started a newer round already.
 */
@Component
class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Mailer mailer;
    private final Assessments assessments;
    private final Clock clock;
    private final int daysBefore;

    FollowUpReminders(JdbcClient jdbc, Accounts accounts, Organisations organisations, Mailer mailer,
            Assessments assessments, Clock clock,
            @Value("${bruecke.assessment.reminder-days-before:14}") int daysBefore) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.mailer = mailer;
        this.assessments = assessments;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(fixedDelayString = "${bruecke.assessment.reminder-interval:1h}",
            initialDelayString = "${bruecke.assessment.reminder-initial-delay:2m}")
    void remindNow() {
        int sent = sendDue(LocalDate.now(clock.withZone(RoundPages.ZONE)));
        if (sent > 0) {
            log.info("Sent follow-up reminders for {} action plans", sent);
        }
    }

    private record Due(UUID round, UUID organisation, LocalDate followUpOn) {
    }

    /**
     * Sends the reminders due on {@code today}: plans whose follow-up date lies between today and
     * {@code daysBefore} days ahead and has not been reminded yet.
     *
     * @return how many plans were reminded
     */
    @Transactional
    int sendDue(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select p.round_id, p.organisation_id, p.follow_up_on from assessment_action_plan p
                join assessment_round r on r.id = p.round_id
                where p.follow_up_on >= :today and p.follow_up_on <= :last
                  and p.reminder_sent_for is distinct from p.follow_up_on
                  and not exists (select 1 from assessment_round newer where newer.organisation_id = r.organisation_id
                                  and newer.started_at > r.closed_at)
                order by p.follow_up_on
                for update of p skip locked""")
                .param("today", today).param("last", today.plusDays(daysBefore))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
        for (Due plan : due) {
            remind(plan);
            jdbc.sql("""
                    update assessment_action_plan set reminder_sent_for = follow_up_on, reminder_sent_at = now()
                    where round_id = :round""").param("round", plan.round()).update();
        }
        return due.size();
    }

    private void remind(Due plan) {
        OrganisationId id = new OrganisationId(plan.organisation());
        Organisation organisation = organisations.find(id).orElse(null);
        if (organisation == null) {
            return;
        }
        String link = assessments.link("/organisations/" + id + "/assessments");
        String results = assessments.link("/organisations/" + id + "/assessments/" + plan.round() + "/results");
        java.util.Set<AccountId> reminded = new java.util.HashSet<>();
        for (OrganisationMember admin : accounts.members(id)) {
            if (admin.role() != Role.MO_ADMIN || !reminded.add(admin.account())) {
                continue;
            }
            mailer.send(new Mail(admin.email(), admin.language(), "assessment/plan-reminder", Map.of(
                    "organisation", organisation.name(),
                    "name", admin.displayName(),
                    "followUpOn", RoundPages.date(plan.followUpOn(), admin.language()),
                    "link", link,
                    "results", results)));
        }
    }
}
