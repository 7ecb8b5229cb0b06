package de.bruecke.assessment.round;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bruecke.account.Accounts;
import de.bruecke.account.OrganisationMember;
import de.bruecke.account.Role;
import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentCompleted;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.notification.Mail;
import de.bruecke.notification.Mailer;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.Links;
import de.bruecke.platform.AccountId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an assessment round as the MO admin runs it: start it, invite respondents (members or by e-mail), close
 * it with the agreed priorities, which publishes {@link AssessmentCompleted} exactly once.
 */
@Component
public class Assessments {

    static final String JOIN_REASON = "assessment.mail.joinReason";

    /** What starting did: a new round, or the one that was already open. */
    record Started(RoundId round, boolean isNew) {
    }

    public enum Closed {
        NOW, ALREADY
    }

    private final Rounds rounds;
    private final Questionnaires questionnaires;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Clock clock;
    private final Links links;
    private final StoredScores scores;

    Assessments(Rounds rounds, Questionnaires questionnaires, Accounts accounts, Mailer mailer,
            Clock clock, Links links, StoredScores scores) {
        this.rounds = rounds;
        this.scores = scores;
        this.questionnaires = questionnaires;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
        this.links = links;
    }

    /** Starts a round with the current questionnaire and the admin as first respondent, unless one is open. */
    @Transactional
    Started start(OrganisationId organisation, SignedInUser admin) {
        RoundId id = RoundId.random();
        if (!rounds.insertOpen(id, organisation, questionnaires.current().version(), admin.accountId())) {
            return new Started(rounds.open(organisation).orElseThrow(), false);
        }
        rounds.addRespondent(id, admin.accountId(), admin.accountId());
        return new Started(id, true);
    }

    /**
     * Invites members (by account) and someone by e-mail. An address of a member is invited as that member; any
     * other address gets the organisation's invitation to join as member (in the inviter's language) and answers after
     * joining.
     *
     * @return how many people were newly invited
     */
    @Transactional
    int invite(RoundId id, Organisation organisation, Collection<AccountId> memberIds, Optional<String> email,
            SignedInUser inviter, Locale language) {
        Round round = rounds.findForAnswering(id).filter(r -> r.organisation().equals(organisation.id()))
                .orElseThrow(() -> new IllegalArgumentException("No round " + id + " of " + organisation.id()));
        if (!round.isOpen()) {
            throw new RoundRuleViolated(RoundRuleViolated.Rule.ROUND_CLOSED, id.toString());
        }
        List<OrganisationMember> members = moMembers(organisation.id());
        Set<AccountId> invite = new LinkedHashSet<>(memberIds);
        Optional<OrganisationMember> byAddress = email.flatMap(address -> members.stream()
                .filter(m -> m.email().equalsIgnoreCase(address)).findFirst());
        byAddress.ifPresent(member -> invite.add(member.account()));
        int invited = 0;
        for (AccountId account : invite) {
            OrganisationMember member = members.stream().filter(m -> m.account().equals(account)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Not a member: " + account));
            if (rounds.addRespondent(id, account, inviter.accountId())) {
                invited++;
                mailer.send(new Mail(member.email(), member.language(), "assessment/invitation", Map.of(
                        "organisation", organisation.name(),
                        "inviter", inviter.displayName(),
                        "link", link("/organisations/" + organisation.id() + "/assessments/" + id + "/answers"))));
            }
        }
        if (email.isPresent() && byAddress.isEmpty() && rounds.addInvitedAddress(id, email.get(), inviter.accountId())) {
            invited++;
            accounts.inviteToOrganisation(organisation.id(), email.get(), Role.MO_MEMBER, inviter,
                    language, JOIN_REASON);
        }
        return invited;
    }

    /** Links the person's pending e-mail invitations in this organisation's rounds to their account. */
    @Transactional
    void claimInvitations(OrganisationId organisation, SignedInUser user) {
        if (!rounds.hasInvitationFor(organisation, user.email())) {
            return;
        }
        try {
            rounds.claim(organisation, user.accountId(), user.email());
        }
        catch (DuplicateKeyException claimedInParallel) {
            // another request of the same person linked it a moment ago
        }
    }

    /**
     * Closes the round with the agreed priorities and publishes {@link AssessmentCompleted}. A second close (e.g. the
     * form sent twice) changes nothing and publishes nothing.
     */
    @Transactional
    public Closed close(RoundId id, Map<DimensionCode, String> agreedCodes, AccountId closedBy) {
        Round round = rounds.findForClosing(id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
        if (!round.isOpen()) {
            return Closed.ALREADY;
        }
        Questionnaire questionnaire = questionnaire(round);
        Round closed = round.close(questionnaire, agreedCodes, closedBy, clock);
        rounds.save(closed);
        scores.save(id, closed.result(questionnaire));
        return Closed.NOW;
    }

    public Questionnaire questionnaire(Round round) {
        return questionnaires.version(round.questionnaireVersion()).orElseThrow(() -> new IllegalStateException(
                "Questionnaire version " + round.questionnaireVersion() + " of round " + round.id() + " is unknown"));
    }

    /** The organisation's members and admins, each person once. */
    public List<OrganisationMember> moMembers(OrganisationId organisation) {
        Set<AccountId> seen = new LinkedHashSet<>();
        return accounts.members(organisation).stream()
                .filter(m -> m.role() == Role.MO_MEMBER || m.role() == Role.MO_ADMIN)
                .filter(m -> seen.add(m.account()))
                .toList();
    }

    public String link(String path) {
        return links.to(path);
    }
}
