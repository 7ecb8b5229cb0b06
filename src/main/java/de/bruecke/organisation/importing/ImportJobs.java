package de.bruecke.organisation.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
            id, owner, owner_name, locale, file_name, sheet_names, sheet_name, header, mapping::text as mapping,
            default_visibility, area_restricted, area_laender, area_kreise, status, total_rows, processed_rows,
            imported, updated, rejected, created_at, finished_at""";
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

    UUID createDraft(String owner, String ownerName, Locale locale, String fileName, byte[] content,
            List<String> sheetNames, Area area) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, owner, owner_name, locale, file_name, content, sheet_names,
                    area_restricted, area_laender, area_kreise)
                values (:id, :owner, :ownerName, :locale, :fileName, :content, :sheetNames, :restricted, :laender,
                    :kreise)
                """)
                .param("id", id).param("owner", owner).param("ownerName", ownerName)
                .param("locale", locale.toLanguageTag()).param("fileName", fileName).param("content", content)
                .param("sheetNames", sheetNames.toArray(String[]::new)).param("restricted", !area.everywhere())
                .param("laender", area.laender().toArray(String[]::new))
                .param("kreise", area.kreise().toArray(String[]::new))
                .update();
        return id;
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = :id").param("id", id)
                .query(this::map).optional();
    }

    /** The job if it belongs to the person; other people's jobs do not exist for them. */
    Optional<ImportJob> find(UUID id, String owner) {
        return find(id).filter(job -> job.owner().equals(owner));
    }

    List<ImportJob> recent(String owner, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_job where owner = :owner order by created_at desc limit :limit")
                .param("owner", owner).param("limit", limit).query(this::map).list();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from import_job where id = :id").param("id", id).query(byte[].class).single();
    }

    void chooseSheet(UUID id, String sheetName, List<String> header, int totalRows) {
        jdbc.sql("""
                update import_job set sheet_name = :sheet, header = :header, total_rows = :total, mapping = null
                where id = :id and status = 'DRAFT'
                """)
                .param("id", id).param("sheet", sheetName).param("header", header.toArray(String[]::new))
                .param("total", totalRows).update();
    }

    /** Saves the mapping with the job and remembers it for the next file with the same column names. */
    void saveMapping(ImportJob job, ColumnMapping mapping, Visibility defaultVisibility) {
        String mappingJson = json.writeValueAsString(mapping.names());
        jdbc.sql("""
                update import_job set mapping = cast(:mapping as jsonb), default_visibility = :visibility
                where id = :id and status = 'DRAFT'
                """)
                .param("id", job.id()).param("mapping", mappingJson).param("visibility", defaultVisibility.name())
                .update();
        jdbc.sql("""
                insert into import_mapping (owner, header_key, mapping) values (:owner, :key, cast(:mapping as jsonb))
                on conflict (owner, header_key) do update set mapping = excluded.mapping, updated_at = now()
                """)
                .param("owner", job.owner()).param("key", ColumnMapping.headerKey(job.header()))
                .param("mapping", mappingJson).update();
    }

    Optional<ColumnMapping> remembered(String owner, List<String> header) {
        return jdbc.sql("select mapping::text from import_mapping where owner = :owner and header_key = :key")
                .param("owner", owner).param("key", ColumnMapping.headerKey(header))
                .query(String.class).optional()
                .map(text -> ColumnMapping.of(json.readValue(text, STRINGS), header.size()));
    }

    /** Queues a draft whose mapping is saved; false when it was started before (a second click changes nothing). */
    boolean start(UUID id) {
        return jdbc.sql("""
                update import_job set status = 'QUEUED' where id = :id and status = 'DRAFT' and mapping is not null
                """).param("id", id).update() == 1;
    }

    /**
     * Claims the oldest queued job, or a running one whose runner stopped reporting (crashed or restarted), for this
     * runner. Several nodes may poll: {@code skip locked} gives each job to one of them.
     */
    Optional<UUID> claim(String runner, int staleSeconds) {
        return jdbc.sql("""
                update import_job set status = 'RUNNING', runner = :runner, heartbeat_at = now(),
                    started_at = coalesce(started_at, now())
                where id = (select id from import_job
                            where status = 'QUEUED'
                               or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :stale))
                            order by created_at limit 1 for update skip locked)
                returning id
                """)
                .param("runner", runner).param("stale", staleSeconds).query(UUID.class).optional();
    }

    /** The keys of rows imported or updated so far, each with its row number, to find duplicates after a restart. */
    Map<String, Integer> acceptedKeys(UUID id) {
        Map<String, Integer> keys = new HashMap<>();
        jdbc.sql("""
                select row_key, row_number, organisation_id from import_row_result
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

    /**
     * Stores one batch's row results and moves the checkpoint, if this runner still holds the job; otherwise throws so
     * the batch's transaction rolls back.
     */
    void recordBatch(UUID id, String runner, int processedRows, List<NewRowResult> results) {
        MapSqlParameterSource[] rows = results.stream().map(r -> new MapSqlParameterSource()
                .addValue("job", id).addValue("row", r.rowNumber()).addValue("outcome", r.outcome().name())
                .addValue("reasons", json.writeValueAsString(r.reasons()))
                .addValue("organisation", r.organisationId())
                .addValue("key", r.keys().isEmpty() ? null : String.join("\u001F", r.keys())))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into import_row_result (job_id, row_number, outcome, reasons, organisation_id, row_key)
                values (:job, :row, :outcome, cast(:reasons as jsonb), :organisation, :key)
                """, rows);
        int updated = jdbc.sql("""
                update import_job set processed_rows = :processed, imported = imported + :imported,
                    updated = updated + :updated, rejected = rejected + :rejected, heartbeat_at = now()
                where id = :id and runner = :runner and status = 'RUNNING'
                """)
                .param("id", id).param("runner", runner).param("processed", processedRows)
                .param("imported", count(results, ImportOutcome.IMPORTED))
                .param("updated", count(results, ImportOutcome.UPDATED))
                .param("rejected", count(results, ImportOutcome.REJECTED))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Import " + id + " is no longer held by " + runner);
        }
    }

    void finish(UUID id, String runner) {
        jdbc.sql("""
                update import_job set status = 'DONE', finished_at = now(), heartbeat_at = now()
                where id = :id and runner = :runner and status = 'RUNNING' and processed_rows = total_rows
                """).param("id", id).param("runner", runner).update();
    }

    /** Counts a failed attempt; after three the job is given up. */
    void failed(UUID id, String runner) {
        jdbc.sql("""
                update import_job set failures = failures + 1, heartbeat_at = null,
                    status = case when failures + 1 >= 3 then 'FAILED' else 'QUEUED' end,
                    finished_at = case when failures + 1 >= 3 then now() end
                where id = :id and runner = :runner and status = 'RUNNING'
                """).param("id", id).param("runner", runner).update();
    }

    /** Gives the job back to the queue, e.g. when the application stops between two batches. */
    void release(UUID id, String runner) {
        jdbc.sql("update import_job set status = 'QUEUED', heartbeat_at = null where id = :id and runner = :runner and status = 'RUNNING'")
                .param("id", id).param("runner", runner).update();
    }

    int deleteAbandonedDrafts() {
        return jdbc.sql("delete from import_job where status = 'DRAFT' and created_at < now() - interval '1 day'")
                .update();
    }

    List<RowResult> results(UUID id, ImportOutcome outcome, int offset, int limit) {
        return jdbc.sql("""
                select r.row_number, r.outcome, r.reasons::text, r.organisation_id, o.name
                from import_row_result r left join organisation o on o.id = r.organisation_id
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
        jdbc.sql("select row_number, reasons::text from import_row_result where job_id = :id and outcome = 'REJECTED'")
                .param("id", id)
                .query((ResultSet rs) -> {
                    rejections.put(rs.getInt(1), json.readValue(rs.getString(2), REASONS));
                });
        return rejections;
    }

    private static int count(List<NewRowResult> results, ImportOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        List<String> header = Profiles.strings(rs.getArray("header"));
        String mapping = rs.getString("mapping");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("owner_name"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getString("file_name"),
                Profiles.strings(rs.getArray("sheet_names")), rs.getString("sheet_name"), header,
                mapping == null ? null : ColumnMapping.of(json.readValue(mapping, STRINGS), header.size()),
                Visibility.valueOf(rs.getString("default_visibility")),
                area(rs),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
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
