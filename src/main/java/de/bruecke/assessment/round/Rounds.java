package de.bruecke.assessment.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.Priority;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.scoring.Answer;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.platform.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores assessment rounds. Answers and proposals are written one row at a time, so two screens of the same person
 * never overwrite each other's other answers; the round row is locked (shared for answers, exclusive for closing) so no
 * answer slips in after a round closed.
 */
@Repository
public class Rounds {

    private static final String ROUND_COLUMNS =
            "id, organisation_id, questionnaire_version, status, started_by, started_at, closed_by, closed_at ";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Rounds(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Header(RoundId id, OrganisationId organisation, int version, Round.Status status, AccountId startedBy,
            Instant startedAt, AccountId closedBy, Instant closedAt) {
    }

    Optional<Round> find(RoundId id) {
        return header("select " + ROUND_COLUMNS + " from assessment_round where id = :id", id).map(this::complete);
    }

    /** The round, locked against closing until the caller's transaction ends. */
    Optional<Round> findForAnswering(RoundId id) {
        return header("select " + ROUND_COLUMNS + " from assessment_round where id = :id for share", id)
                .map(this::complete);
    }

    /** The round, locked exclusively until the caller's transaction ends (waits for running answers). */
    Optional<Round> findForClosing(RoundId id) {
        return header("select " + ROUND_COLUMNS + " from assessment_round where id = :id for update", id)
                .map(this::complete);
    }

    /** All rounds of an organisation, newest first. */
    List<Round> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("select " + ROUND_COLUMNS + """
                 from assessment_round where organisation_id = :organisation order by started_at desc, id""")
                .param("organisation", organisation.value()).query(Rounds::header).list()
                .stream().map(this::complete).toList();
    }

    /** The closed round of the same organisation closed last before this one. */
    public Optional<Round> previousClosed(Round round) {
        return jdbc.sql("select " + ROUND_COLUMNS + """
                 from assessment_round
                where organisation_id = :organisation and status = 'CLOSED' and id <> :id and closed_at < :closedAt
                order by closed_at desc limit 1""")
                .param("organisation", round.organisation().value()).param("id", round.id().value())
                .param("closedAt", OffsetDateTime.ofInstant(round.closedAt(), ZoneOffset.UTC))
                .query(Rounds::header).optional().map(this::complete);
    }

    /** Starts a round unless the organisation has an open one; true when started. */
    boolean insertOpen(RoundId id, OrganisationId organisation, int questionnaireVersion, AccountId startedBy) {
        return jdbc.sql("""
                insert into assessment_round (id, organisation_id, questionnaire_version, status, started_by)
                values (:id, :organisation, :version, 'OPEN', :by)
                on conflict (organisation_id) where status = 'OPEN' do nothing""")
                .param("id", id.value()).param("organisation", organisation.value())
                .param("version", questionnaireVersion).param("by", startedBy.value()).update() == 1;
    }

    Optional<RoundId> open(OrganisationId organisation) {
        return jdbc.sql("select id from assessment_round where organisation_id = :organisation and status = 'OPEN'")
                .param("organisation", organisation.value())
                .query((rs, n) -> new RoundId(rs.getObject(1, UUID.class))).optional();
    }

    /** Adds an account as respondent; true when added, false when already one. */
    boolean addRespondent(RoundId round, AccountId account, AccountId invitedBy) {
        return jdbc.sql("""
                insert into assessment_respondent (id, round_id, user_id, invited_by, joined_at)
                values (:id, :round, :user, :by, now())
                on conflict (round_id, user_id) where user_id is not null do nothing""")
                .param("id", UUID.randomUUID()).param("round", round.value()).param("user", account.value())
                .param("by", invitedBy.value()).update() == 1;
    }

    /** Adds an e-mail address that is invited to join the organisation first; true when added. */
    boolean addInvitedAddress(RoundId round, String email, AccountId invitedBy) {
        return jdbc.sql("""
                insert into assessment_respondent (id, round_id, email, invited_by)
                values (:id, :round, :email, :by)
                on conflict (round_id, lower(email)) where user_id is null do nothing""")
                .param("id", UUID.randomUUID()).param("round", round.value()).param("email", email)
                .param("by", invitedBy.value()).update() == 1;
    }

    /**
     * Links invitations by e-mail in the organisation's rounds to the account that now has this (confirmed) address
     * and belongs to the organisation; drops such invitations where the account already takes part.
     */
    int claim(OrganisationId organisation, AccountId account, String email) {
        int claimed = jdbc.sql("""
                update assessment_respondent r set user_id = :user, joined_at = now()
                where r.user_id is null and lower(r.email) = lower(:email)
                  and r.round_id in (select id from assessment_round where organisation_id = :organisation)
                  and not exists (select 1 from assessment_respondent o where o.round_id = r.round_id and o.user_id = :user)""")
                .param("user", account.value()).param("email", email).param("organisation", organisation.value()).update();
        jdbc.sql("""
                delete from assessment_respondent r
                where r.user_id is null and lower(r.email) = lower(:email)
                  and r.round_id in (select id from assessment_round where organisation_id = :organisation)""")
                .param("email", email).param("organisation", organisation.value()).update();
        return claimed;
    }

    boolean hasInvitationFor(OrganisationId organisation, String email) {
        return jdbc.sql("""
                select exists (select 1 from assessment_respondent r join assessment_round d on d.id = r.round_id
                where d.organisation_id = :organisation and r.user_id is null and lower(r.email) = lower(:email))""")
                .param("organisation", organisation.value()).param("email", email).query(Boolean.class).single();
    }

    /** Writes one answer; the revision counts real changes. */
    void saveAnswer(UUID respondent, String itemCode, Answer answer) {
        jdbc.sql("""
                insert into assessment_answer (respondent_id, item_code, answer) values (:respondent, :item, :answer)
                on conflict (respondent_id, item_code) do update
                set answer = excluded.answer, revision = assessment_answer.revision + 1, updated_at = now()
                where assessment_answer.answer <> excluded.answer""")
                .param("respondent", respondent).param("item", itemCode).param("answer", answer.code()).update();
    }

    void saveProposal(UUID respondent, DimensionCode dimension, Priority priority) {
        jdbc.sql("""
                insert into assessment_proposed_priority (respondent_id, dimension, priority)
                values (:respondent, :dimension, :priority)
                on conflict (respondent_id, dimension) do update
                set priority = excluded.priority, revision = assessment_proposed_priority.revision + 1,
                    updated_at = now()
                where assessment_proposed_priority.priority <> excluded.priority""")
                .param("respondent", respondent).param("dimension", dimension.name())
                .param("priority", priority.name()).update();
    }

    /**
     * Writes what a transition changed (today: closing with the agreed priorities) and publishes the events the round
     * registered, in the caller's transaction. Refuses a close of a round that is no longer open.
     */
    void save(Round round) {
        if (!round.isOpen()) {
            int closed = jdbc.sql("""
                    update assessment_round set status = 'CLOSED', closed_by = :by, closed_at = :at
                    where id = :id and status = 'OPEN'""")
                    .param("id", round.id().value()).param("by", round.closedBy().value())
                    .param("at", OffsetDateTime.ofInstant(round.closedAt(), ZoneOffset.UTC)).update();
            if (closed != 1) {
                throw new RoundRuleViolated(RoundRuleViolated.Rule.ROUND_CLOSED, round.id().toString());
            }
            round.agreed().forEach((dimension, priority) -> jdbc.sql("""
                    insert into assessment_agreed_priority (round_id, dimension, priority)
                    values (:round, :dimension, :priority)""")
                    .param("round", round.id().value()).param("dimension", dimension.name())
                    .param("priority", priority.name()).update());
        }
        round.events().forEach(events::publishEvent);
    }

    private Optional<Header> header(String sql, RoundId id) {
        return jdbc.sql(sql).param("id", id.value()).query(Rounds::header).optional();
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(new RoundId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getInt("questionnaire_version"),
                Round.Status.valueOf(rs.getString("status")),
                AccountId.ofNullable(rs.getObject("started_by", UUID.class)), instant(rs, "started_at"),
                AccountId.ofNullable(rs.getObject("closed_by", UUID.class)), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private Round complete(Header header) {
        UUID round = header.id().value();
        Map<UUID, Map<String, Answer>> answers = new HashMap<>();
        jdbc.sql("""
                select a.respondent_id, a.item_code, a.answer from assessment_answer a
                join assessment_respondent r on r.id = a.respondent_id where r.round_id = :round""")
                .param("round", round)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), Answer.fromCode(rs.getString(3)).orElseThrow());
                });
        Map<UUID, Map<DimensionCode, Priority>> proposals = new HashMap<>();
        jdbc.sql("""
                select p.respondent_id, p.dimension, p.priority from assessment_proposed_priority p
                join assessment_respondent r on r.id = p.respondent_id where r.round_id = :round""")
                .param("round", round)
                .query(rs -> {
                    proposals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(DimensionCode.class))
                            .put(DimensionCode.valueOf(rs.getString(2)), Priority.valueOf(rs.getString(3)));
                });
        List<Round.Respondent> respondents = new ArrayList<>();
        jdbc.sql("""
                select id, user_id, email from assessment_respondent where round_id = :round
                order by invited_at, id""")
                .param("round", round)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    respondents.add(new Round.Respondent(id, AccountId.ofNullable(rs.getObject(2, UUID.class)), rs.getString(3),
                            answers.getOrDefault(id, Map.of()), proposals.getOrDefault(id, Map.of())));
                });
        Map<DimensionCode, Priority> agreed = new EnumMap<>(DimensionCode.class);
        jdbc.sql("select dimension, priority from assessment_agreed_priority where round_id = :round")
                .param("round", round)
                .query(rs -> {
                    agreed.put(DimensionCode.valueOf(rs.getString(1)), Priority.valueOf(rs.getString(2)));
                });
        return new Round(header.id(), header.organisation(), header.version(), header.status(), header.startedBy(),
                header.startedAt(), header.closedBy(), header.closedAt(), respondents, agreed);
    }
}
