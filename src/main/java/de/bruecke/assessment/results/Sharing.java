package de.bruecke.assessment.results;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.RoundId;
import de.bruecke.platform.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing (Freigabe) of a closed round's results and action plan with the network staff of the organisation's area.
 * Private by default; the MO admin shares and withdraws. Each real change is logged with who and when; sending the
 * same choice twice changes nothing.
 */
@Repository
public class Sharing {

    /** The round is shared since {@code at}, by {@code by}. */
    record Shared(Instant at, AccountId by) {
    }

    /** One logged change: shared (true) or withdrawn (false). */
    record Change(boolean shared, AccountId by, Instant at) {
    }

    private final JdbcClient jdbc;

    Sharing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Shared> of(RoundId round) {
        return jdbc.sql("""
                select shared_with_network_at, shared_with_network_by from assessment_round
                where id = :round and shared_with_network_at is not null""")
                .param("round", round.value())
                .query((rs, n) -> new Shared(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        AccountId.ofNullable(rs.getObject(2, UUID.class))))
                .optional();
    }

    /** Shares a closed round; false when it was shared already (or is not closed). */
    @Transactional
    public boolean share(RoundId round, AccountId by) {
        int changed = jdbc.sql("""
                update assessment_round set shared_with_network_at = now(), shared_with_network_by = :by
                where id = :round and status = 'CLOSED' and shared_with_network_at is null""")
                .param("round", round.value()).param("by", by.value()).update();
        return changed == 1 && log(round, true, by);
    }

    /** Withdraws the sharing; false when it was not shared. */
    @Transactional
    boolean withdraw(RoundId round, AccountId by) {
        int changed = jdbc.sql("""
                update assessment_round set shared_with_network_at = null, shared_with_network_by = null
                where id = :round and shared_with_network_at is not null""")
                .param("round", round.value()).update();
        return changed == 1 && log(round, false, by);
    }

    /** Every change, newest first. */
    List<Change> history(RoundId round) {
        return jdbc.sql("""
                select shared, changed_by, changed_at from assessment_sharing_change where round_id = :round
                order by changed_at desc, id""")
                .param("round", round.value())
                .query((rs, n) -> new Change(rs.getBoolean(1), new AccountId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    private boolean log(RoundId round, boolean shared, AccountId by) {
        jdbc.sql("""
                insert into assessment_sharing_change (id, round_id, shared, changed_by)
                values (:id, :round, :shared, :by)""")
                .param("id", UUID.randomUUID()).param("round", round.value()).param("shared", shared)
                .param("by", by.value()).update();
        return true;
    }
}
