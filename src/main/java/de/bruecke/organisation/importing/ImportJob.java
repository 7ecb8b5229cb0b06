package de.bruecke.organisation.importing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.organisation.Visibility;
import de.bruecke.region.Area;

/**
 * An import of organisations from one file: who started it, how its columns map to profile fields, where it stands,
 * and how many rows were imported, updated or rejected so far. Imported + updated + rejected = processed rows.
 * {@code area} is where the person who started it may add organisations (everywhere for coordinators and
 * administrators).
 */
record ImportJob(UUID id, String owner, String ownerName, Locale locale, String fileName, List<String> sheetNames,
        String sheetName, List<String> header, ColumnMapping mapping, Visibility defaultVisibility, Area area,
        Status status, int totalRows, int processedRows, int imported, int updated, int rejected, Instant createdAt,
        Instant finishedAt) {

    /** Where a job stands: being set up, waiting, running in the background, finished, or given up. */
    enum Status {
        DRAFT, QUEUED, RUNNING, DONE, FAILED
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

    /** The column name in the file that fills the field, or null. */
    String columnName(ImportField field) {
        int column = mapping == null ? -1 : mapping.columnOf(field);
        return column >= 0 && column < header.size() ? header.get(column) : null;
    }
}
