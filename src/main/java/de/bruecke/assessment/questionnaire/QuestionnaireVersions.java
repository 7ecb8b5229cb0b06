package de.bruecke.assessment.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire versions coordinators uploaded, with their exact text. A new version gets a number higher than
 * every existing one and starts as a draft; a draft can be published (only if no higher version is published yet) or
 * deleted; a published version never changes again (the database refuses it too).
 */
@Component
class QuestionnaireVersions {

    /** Serialises uploads and publishing across app nodes. */
    private static final long LOCK = 0x5155455354L;

    enum Status {
        DRAFT, PUBLISHED
    }

    /** One stored version. */
    record Stored(UUID id, int version, String source, Status status, String uploadedBy, Instant uploadedAt,
            String publishedBy, Instant publishedAt) {

        boolean published() {
            return status == Status.PUBLISHED;
        }
    }

    /** What happened to a request to publish. */
    enum Publication {
        PUBLISHED, ALREADY_PUBLISHED, NOT_FOUND, SUPERSEDED
    }

    /** The file's version number is not higher than every existing one; {@code next} would be. */
    static final class VersionNotHigher extends RuntimeException {

        private final int next;

        VersionNotHigher(int requested, int next) {
            super("Questionnaire version " + requested + " is not higher than every existing one; next is " + next);
            this.next = next;
        }

        int next() {
            return next;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionnaireVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All stored versions, newest first. */
    List<Stored> all() {
        return jdbc.sql("select * from assessment_questionnaire_version order by version desc").query(this::map).list();
    }

    Optional<Stored> find(int version) {
        return jdbc.sql("select * from assessment_questionnaire_version where version = :v").param("v", version).query(this::map)
                .optional();
    }

    /** The id and number of the highest published version, if any was uploaded and published. */
    Optional<Key> highestPublished() {
        return jdbc.sql("""
                select id, version from assessment_questionnaire_version where status = 'PUBLISHED'
                order by version desc limit 1""")
                .query((rs, n) -> new Key(rs.getObject("id", UUID.class), rs.getInt("version"))).optional();
    }

    /** The id of a published version; its text only when asked for by id (it never changes). */
    Optional<Key> published(int version) {
        return jdbc.sql("select id, version from assessment_questionnaire_version where version = :v and status = 'PUBLISHED'")
                .param("v", version)
                .query((rs, n) -> new Key(rs.getObject("id", UUID.class), rs.getInt("version"))).optional();
    }

    String source(UUID id) {
        return jdbc.sql("select source from assessment_questionnaire_version where id = :id").param("id", id)
                .query(String.class).single();
    }

    /** The lowest number a new upload may have. */
    int nextVersion() {
        int highest = jdbc.sql("select coalesce(max(version), 0) from assessment_questionnaire_version").query(Integer.class)
                .single();
        return Math.max(highest, Questionnaires.SHIPPED_VERSION) + 1;
    }

    /** Stores a valid questionnaire as a draft under the version number its file gives. */
    @Transactional
    Stored upload(Questionnaire questionnaire, String source, String by) {
        lock();
        int next = nextVersion();
        if (questionnaire.version() < next) {
            throw new VersionNotHigher(questionnaire.version(), next);
        }
        Stored stored = new Stored(UUID.randomUUID(), questionnaire.version(), source, Status.DRAFT, by,
                clock.instant(), null, null);
        jdbc.sql("""
                insert into assessment_questionnaire_version (id, version, source, status, uploaded_by, uploaded_at)
                values (:id, :version, :source, 'DRAFT', :by, :at)""")
                .param("id", stored.id()).param("version", stored.version()).param("source", source)
                .param("by", by).param("at", java.sql.Timestamp.from(stored.uploadedAt())).update();
        return stored;
    }

    /**
     * Publishes a draft. Submitting twice is harmless ({@link Publication#ALREADY_PUBLISHED}); a draft older than a
     * published version is refused ({@link Publication#SUPERSEDED}), so the current version only ever goes up.
     */
    @Transactional
    Publication publish(int version, String by) {
        lock();
        Optional<Stored> stored = find(version);
        if (stored.isEmpty()) {
            return Publication.NOT_FOUND;
        }
        if (stored.get().published()) {
            return Publication.ALREADY_PUBLISHED;
        }
        if (highestPublished().filter(highest -> highest.version() > version).isPresent()) {
            return Publication.SUPERSEDED;
        }
        jdbc.sql("""
                update assessment_questionnaire_version set status = 'PUBLISHED', published_by = :by, published_at = :at
                where id = :id and status = 'DRAFT'""")
                .param("by", by).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("id", stored.get().id()).update();
        return Publication.PUBLISHED;
    }

    /** Deletes a draft; false when there is no such draft (published versions are never deleted). */
    @Transactional
    boolean deleteDraft(int version) {
        lock();
        return jdbc.sql("delete from assessment_questionnaire_version where version = :v and status = 'DRAFT'")
                .param("v", version).update() == 1;
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleValue();
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        var publishedAt = rs.getTimestamp("published_at");
        return new Stored(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("source"),
                Status.valueOf(rs.getString("status")), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("published_by"),
                publishedAt == null ? null : publishedAt.toInstant());
    }

    /** A stored version's identity: its row id (stable for the row's lifetime) and number. */
    record Key(UUID id, int version) {
    }
}
