package de.bruecke.organisation.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.organisation.Visibility;
import de.bruecke.organisation.profile.Profiles;
import de.bruecke.region.Area;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores import jobs with their file, the result of every row, and the column mappings people used. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            id, version, owner, owner_name, locale, file_name, sheet_names, sheet_name, header,
            mapping::text as mapping, default_visibility, area_restricted, area_laender, area_kreise, status, runner,
            failures, total_rows, processed_rows, imported, updated, rejected, created_at, finished_at""";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<ImportReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** One row's result as stored, with the organisation's current name when there is one. */
    record RowResult(int rowNumber, ImportOutcome outcome, List<ImportReason> reasons, UUID organisationId,
            String organisationName) {
    }

    /** A row's result to be stored; {@code keys} identify the organisation for finding duplicates in the file. */
    record NewRowResult(int rowNumber, ImportOutcome outcome, List<ImportReason> reasons, UUID organisationId,
            List<String> keys) {
    }

    /** Stores a new draft with the uploaded file. */
    ImportJob insert(ImportJob job, byte[] content) {
        jdbc.sql("""
                insert into organisation_import_job (id, owner, owner_name, locale, file_name, content, sheet_names,
                    area_restricted, area_laender, area_kreise, created_at)
                values (:id, :owner, :ownerName, :locale, :fileName, :content, :sheetNames, :restricted, :laender,
                    :kreise, :createdAt)
                """)
                .param("id", job.id()).param("owner", job.owner()).param("ownerName", job.ownerName())
                .param("locale", job.locale().toLanguageTag()).param("fileName", job.fileName())
                .param("content", content).param("sheetNames", job.sheetNames().toArray(String[]::new))
                .param("restricted", !job.area().everywhere())
                .param("laender", job.area().laender().toArray(String[]::new))
                .param("kreise", job.area().kreise().toArray(String[]::new))
                .param("createdAt", timestamp(job.createdAt()))
                .update();
        return job;
    }

    /**
     * Stores the job's state after a transition, if it is still the version that was loaded; the stored job has the
     * next version. A running job's heartbeat is its last save.
     *
     * @throws OptimisticLockingFailureException when someone saved the job in the meantime
     */
    ImportJob save(ImportJob job) {
        int saved = jdbc.sql("""
                update organisation_import_job set version = version + 1, sheet_name = :sheet, header = :header,
                    total_rows = :total, mapping = cast(:mapping as jsonb), default_visibility = :visibility,
                    status = :status, runner = :runner, failures = :failures, processed_rows = :processed,
                    imported = :imported, updated = :updated, rejected = :rejected, finished_at = :finishedAt,
                    heartbeat_at = case when :status = 'RUNNING' then now() end,
                    started_at = case when :status = 'RUNNING' then coalesce(started_at, now()) else started_at end
                where id = :id and version = :version
                """)
                .param("id", job.id()).param("version", job.version()).param("sheet", job.sheetName())
                .param("header", job.header().toArray(String[]::new)).param("total", job.totalRows())
                .param("mapping", job.mapping() == null ? null : json.writeValueAsString(job.mapping().names()))
                .param("visibility", job.defaultVisibility().name()).param("status", job.status().name())
                .param("runner", job.runner()).param("failures", job.failures())
                .param("processed", job.processedRows()).param("imported", job.imported())
                .param("updated", job.updated()).param("rejected", job.rejected())
                .param("finishedAt", timestamp(job.finishedAt()))
                .update();
        if (saved != 1) {
            throw new OptimisticLockingFailureException("Import " + job.id() + " was changed since version "
                    + job.version() + " was loaded");
        }
        return job.stored();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisation_import_job where id = :id").param("id", id)
                .query(this::map).optional();
    }

    /** The job if it belongs to the person; other people's jobs do not exist for them. */
    Optional<ImportJob> find(UUID id, String owner) {
        return find(id).filter(job -> job.owner().equals(owner));
    }

    List<ImportJob> recent(String owner, int limit) {
        return jdbc.sql("select " + COLUMNS + " from organisation_import_job where owner = :owner order by created_at desc limit :limit")
                .param("owner", owner).param("limit", limit).query(this::map).list();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from organisation_import_job where id = :id").param("id", id).query(byte[].class).single();
    }

    /** Remembers the mapping for the person's next file with the same column names. */
    void remember(ImportJob job) {
        jdbc.sql("""
                insert into organisation_import_mapping (owner, header_key, mapping) values (:owner, :key, cast(:mapping as jsonb))
                on conflict (owner, header_key) do update set mapping = excluded.mapping, updated_at = now()
                """)
                .param("owner", job.owner()).param("key", ColumnMapping.headerKey(job.header()))
                .param("mapping", json.writeValueAsString(job.mapping().names())).update();
    }

    Optional<ColumnMapping> remembered(String owner, List<String> header) {
        return jdbc.sql("select mapping::text from organisation_import_mapping where owner = :owner and header_key = :key")
                .param("owner", owner).param("key", ColumnMapping.headerKey(header))
                .query(String.class).optional()
                .map(text -> ColumnMapping.of(json.readValue(text, STRINGS), header.size()));
    }

    /**
     * The oldest queued job, or a running one whose runner stopped reporting (crashed or restarted), locked until the
     * caller's transaction ends. Several nodes may poll: {@code skip locked} gives each job to one of them.
     */
    Optional<ImportJob> claimable(int staleSeconds) {
        return jdbc.sql("select " + COLUMNS + """
                 from organisation_import_job
                where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :stale))
                order by created_at limit 1 for update skip locked
                """)
                .param("stale", staleSeconds).query(this::map).optional();
    }

    /** The keys of rows imported or updated so far, each with its row number, to find duplicates after a restart. */
    Map<String, Integer> acceptedKeys(UUID id) {
        Map<String, Integer> keys = new HashMap<>();
        jdbc.sql("""
                select row_key, row_number, organisation_id from organisation_import_row_result
                where job_id = :id and outcome <> 'REJECTED'
                """)
                .param("id", id)
                .query((ResultSet rs) -> {
                    int row = rs.getInt(2);
                    String stored = rs.getString(1);
                    if (stored != null) {
                        for (String key : stored.split("\u001F")) {
                            keys.putIfAbsent(key, row);
                        }
                    }
                    UUID organisation = rs.getObject(3, UUID.class);
                    if (organisation != null) {
                        keys.putIfAbsent("org:" + organisation, row);
                    }
                });
        return keys;
    }

    /** Stores one batch's row results; the job's checkpoint moves with {@link #save} in the same transaction. */
    void recordResults(UUID id, List<NewRowResult> results) {
        MapSqlParameterSource[] rows = results.stream().map(r -> new MapSqlParameterSource()
                .addValue("job", id).addValue("row", r.rowNumber()).addValue("outcome", r.outcome().name())
                .addValue("reasons", json.writeValueAsString(r.reasons()))
                .addValue("organisation", r.organisationId())
                .addValue("key", r.keys().isEmpty() ? null : String.join("\u001F", r.keys())))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into organisation_import_row_result (job_id, row_number, outcome, reasons, organisation_id, row_key)
                values (:job, :row, :outcome, cast(:reasons as jsonb), :organisation, :key)
                """, rows);
    }

    int deleteAbandonedDrafts() {
        return jdbc.sql("delete from organisation_import_job where status = 'DRAFT' and created_at < now() - interval '1 day'")
                .update();
    }

    List<RowResult> results(UUID id, ImportOutcome outcome, int offset, int limit) {
        return jdbc.sql("""
                select r.row_number, r.outcome, r.reasons::text, r.organisation_id, o.name
                from organisation_import_row_result r left join organisation o on o.id = r.organisation_id
                where r.job_id = :id and r.outcome = :outcome
                order by r.row_number offset :offset limit :limit
                """)
                .param("id", id).param("outcome", outcome.name()).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new RowResult(rs.getInt(1), ImportOutcome.valueOf(rs.getString(2)),
                        json.readValue(rs.getString(3), REASONS), rs.getObject(4, UUID.class), rs.getString(5)))
                .list();
    }

    /** The reasons of every rejected row by row number. */
    Map<Integer, List<ImportReason>> rejections(UUID id) {
        Map<Integer, List<ImportReason>> rejections = new HashMap<>();
        jdbc.sql("select row_number, reasons::text from organisation_import_row_result where job_id = :id and outcome = 'REJECTED'")
                .param("id", id)
                .query((ResultSet rs) -> {
                    rejections.put(rs.getInt(1), json.readValue(rs.getString(2), REASONS));
                });
        return rejections;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        List<String> header = Profiles.strings(rs.getArray("header"));
        String mapping = rs.getString("mapping");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("owner"),
                rs.getString("owner_name"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getString("file_name"),
                Profiles.strings(rs.getArray("sheet_names")), rs.getString("sheet_name"), header,
                mapping == null ? null : ColumnMapping.of(json.readValue(mapping, STRINGS), header.size()),
                Visibility.valueOf(rs.getString("default_visibility")),
                area(rs),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getString("runner"), rs.getInt("failures"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("imported"), rs.getInt("updated"), rs.getInt("rejected"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    /** Stored as restricted or not, with the keys of a restricted area (none: nowhere). */
    private static Area area(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("area_restricted")) {
            return Area.EVERYWHERE;
        }
        return Area.of(Profiles.strings(rs.getArray("area_laender")),
                trimmed(Profiles.strings(rs.getArray("area_kreise"))));
    }

    private static List<String> trimmed(List<String> values) {
        List<String> result = new ArrayList<>();
        values.forEach(v -> result.add(v.trim()));
        return result;
    }
}
