package de.bruecke.organisation.importing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import de.bruecke.organisation.Visibility;
import de.bruecke.region.Area;

/**
 * An import of organisations from one file: who started it, how its columns map to profile fields, where it stands,
 * and how many rows were imported, updated or rejected so far. {@code area} is where the person who started it may add
 * organisations (everywhere for coordinators and administrators).
 *
 * <p>Its life: a draft gets its sheet and its column mapping, is queued once, is started by one runner at a time
 * (again by another one when its runner stopped reporting), moves its checkpoint batch by batch and finishes when
 * every row is processed; a failed attempt puts it back in the queue, the third one gives it up. Every transition
 * refuses what its state does not allow; {@link ImportJobs#save} stores it only if nobody changed the job since it
 * was loaded.
 */
record ImportJob(UUID id, int version, String owner, String ownerName, Locale locale, String fileName,
        List<String> sheetNames, String sheetName, List<String> header, ColumnMapping mapping,
        Visibility defaultVisibility, Area area, Status status, String runner, int failures, int totalRows,
        int processedRows, int imported, int updated, int rejected, Instant createdAt, Instant finishedAt) {

    static final int MAX_ATTEMPTS = 3;

    /** Where a job stands: being set up, waiting, running in the background, finished, or given up. */
    enum Status {
        DRAFT, QUEUED, RUNNING, DONE, FAILED
    }

    /** A transition the job's state does not allow. */
    static final class NotAllowed extends IllegalStateException {

        NotAllowed(ImportJob job, String transition) {
            super("Import " + job.id() + " is " + job.status() + (job.runner() == null ? "" : " at " + job.runner())
                    + ": cannot " + transition);
        }
    }

    ImportJob {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        sheetNames = List.copyOf(sheetNames);
        header = List.copyOf(header);
        if (imported + updated + rejected != processedRows || processedRows > totalRows) {
            throw new IllegalArgumentException("Import " + id + " counts " + imported + " + " + updated + " + "
                    + rejected + " of " + processedRows + " processed rows, " + totalRows + " in all");
        }
    }

    /** A new draft for the uploaded file, owned by the person who uploaded it. */
    static ImportJob draft(String owner, String ownerName, Locale locale, String fileName, List<String> sheetNames,
            Area area, Instant at) {
        return new ImportJob(UUID.randomUUID(), 0, owner, ownerName, locale, fileName, sheetNames, null, List.of(),
                null, Visibility.PRIVATE, area, Status.DRAFT, null, 0, 0, 0, 0, 0, 0, at, null);
    }

    /** The draft reading the named sheet (null for a file with one table); a mapping chosen before is dropped. */
    ImportJob withSheet(String chosenSheet, List<String> columns, int rows) {
        require(Status.DRAFT, "choose a sheet");
        return new ImportJob(id, version, owner, ownerName, locale, fileName, sheetNames, chosenSheet, columns, null,
                defaultVisibility, area, status, runner, failures, rows, 0, 0, 0, 0, createdAt, finishedAt);
    }

    /** The draft with its columns mapped to fields and the visibility of organisations it adds. */
    ImportJob mappedBy(ColumnMapping chosen, Visibility visibility) {
        require(Status.DRAFT, "map columns");
        if (header.isEmpty() || !chosen.missing().isEmpty() || !chosen.repeated().isEmpty()) {
            throw new NotAllowed(this, "map columns with " + chosen.missing() + " missing and " + chosen.repeated()
                    + " repeated");
        }
        return new ImportJob(id, version, owner, ownerName, locale, fileName, sheetNames, sheetName, header,
                chosen, Objects.requireNonNull(visibility), area, status, runner, failures, totalRows, processedRows,
                imported, updated, rejected, createdAt, finishedAt);
    }

    /** The mapped draft waiting for a runner. */
    ImportJob queue() {
        require(Status.DRAFT, "queue");
        if (mapping == null) {
            throw new NotAllowed(this, "queue without a mapping");
        }
        return with(Status.QUEUED, null, failures, null);
    }

    /** The job taken by a runner: a queued one, or a running one whose runner stopped reporting. */
    ImportJob start(String by) {
        if (status != Status.QUEUED && status != Status.RUNNING) {
            throw new NotAllowed(this, "start");
        }
        return with(Status.RUNNING, Objects.requireNonNull(by), failures, null);
    }

    /** The job with one more batch processed by the runner that holds it. */
    ImportJob progressed(String by, int batchImported, int batchUpdated, int batchRejected) {
        requireHeldBy(by, "record a batch");
        int processed = processedRows + batchImported + batchUpdated + batchRejected;
        if (processed > totalRows) {
            throw new NotAllowed(this, "process " + processed + " of " + totalRows + " rows");
        }
        return new ImportJob(id, version, owner, ownerName, locale, fileName, sheetNames, sheetName, header, mapping,
                defaultVisibility, area, status, runner, failures, totalRows, processed, imported + batchImported,
                updated + batchUpdated, rejected + batchRejected, createdAt, finishedAt);
    }

    /** The job done, once every row is processed. */
    ImportJob finish(String by, Instant at) {
        requireHeldBy(by, "finish");
        if (processedRows != totalRows) {
            throw new NotAllowed(this, "finish after " + processedRows + " of " + totalRows + " rows");
        }
        return with(Status.DONE, null, failures, at);
    }

    /** The job after a failed attempt: back in the queue, or given up after the third one. */
    ImportJob fail(String by, Instant at) {
        requireHeldBy(by, "fail");
        int attempts = failures + 1;
        return attempts >= MAX_ATTEMPTS ? with(Status.FAILED, null, attempts, at) : with(Status.QUEUED, null, attempts, null);
    }

    /** The job given back to the queue, e.g. because the application stops between two batches. */
    ImportJob release(String by) {
        requireHeldBy(by, "release");
        return with(Status.QUEUED, null, failures, null);
    }

    /** The job as stored with the next version. */
    ImportJob stored() {
        return new ImportJob(id, version + 1, owner, ownerName, locale, fileName, sheetNames, sheetName, header,
                mapping, defaultVisibility, area, status, runner, failures, totalRows, processedRows, imported,
                updated, rejected, createdAt, finishedAt);
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    /** Started and not finished yet: the progress page keeps asking. */
    public boolean inProgress() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public boolean done() {
        return status == Status.DONE;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean needsSheet() {
        return sheetNames.size() > 1 && header.isEmpty();
    }

    public int percent() {
        return totalRows == 0 ? (done() ? 100 : 0) : (int) Math.floor(processedRows * 100.0 / totalRows);
    }

    boolean heldBy(String by) {
        return status == Status.RUNNING && by.equals(runner);
    }

    /** The column name in the file that fills the field, or null. */
    String columnName(ImportField field) {
        int column = mapping == null ? -1 : mapping.columnOf(field);
        return column >= 0 && column < header.size() ? header.get(column) : null;
    }

    private void require(Status wanted, String transition) {
        if (status != wanted) {
            throw new NotAllowed(this, transition);
        }
    }

    private void requireHeldBy(String by, String transition) {
        if (!heldBy(by)) {
            throw new NotAllowed(this, transition);
        }
    }

    private ImportJob with(Status next, String nextRunner, int nextFailures, Instant finished) {
        return new ImportJob(id, version, owner, ownerName, locale, fileName, sheetNames, sheetName, header, mapping,
                defaultVisibility, area, next, nextRunner, nextFailures, totalRows, processedRows, imported, updated,
                rejected, createdAt, finished);
    }
}
