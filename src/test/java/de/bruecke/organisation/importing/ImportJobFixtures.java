package de.bruecke.organisation.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.organisation.Visibility;
import de.bruecke.platform.spreadsheet.Spreadsheets;
import de.bruecke.platform.spreadsheet.Table;
import de.bruecke.platform.spreadsheet.UnreadableSpreadsheet;
import de.bruecke.region.Area;

import org.springframework.context.ApplicationContext;

/** Import jobs in a given state for page tests, made by the job's own transitions and stored by its repository. */
public record ImportJobFixtures(ImportJobs jobs) {

    public static ImportJobFixtures of(ApplicationContext context) {
        return new ImportJobFixtures(context.getBean(ImportJobs.class));
    }

    /** A file uploaded by the owner with one sheet, whose columns are mapped as guessed: ready for the preview. */
    public UUID mappedDraft(String owner, String ownerName, String fileName, byte[] content) {
        ImportJob job = withTable(draft(owner, ownerName, fileName, content, List.of()), content);
        return jobs.save(job.mappedBy(ColumnMapping.guess(job.header()), Visibility.NETWORK)).id();
    }

    /** A workbook with several sheets, waiting for the owner to choose one. */
    public UUID waitingForSheet(String owner, String ownerName, String fileName, byte[] workbook) {
        try {
            return draft(owner, ownerName, fileName, workbook, Spreadsheets.sheetNames(workbook)).id();
        }
        catch (UnreadableSpreadsheet unreadable) {
            throw new IllegalArgumentException(unreadable);
        }
    }

    /** A file whose import ran to the end, every row rejected because its postcode is missing or wrong. */
    public UUID finishedWithEveryRowRejected(String owner, String ownerName, String fileName, byte[] content) {
        ImportJob job = withTable(draft(owner, ownerName, fileName, content, List.of()), content);
        job = jobs.save(job.mappedBy(ColumnMapping.guess(job.header()), Visibility.NETWORK));
        job = jobs.save(jobs.save(job.queue()).start("fixture"));
        List<ImportJobs.NewRowResult> results = new ArrayList<>();
        for (int row = 2; row < 2 + job.totalRows(); row++) {
            results.add(new ImportJobs.NewRowResult(row, ImportOutcome.REJECTED, List.of(ImportReason.of(
                    ImportField.POSTCODE, row % 2 == 0 ? "validation.required" : "validation.postcode.format")), null,
                    List.of()));
        }
        jobs.recordResults(job.id(), results);
        job = jobs.save(job.progressed("fixture", 0, 0, results.size()));
        return jobs.save(job.finish("fixture", Instant.now())).id();
    }

    private ImportJob draft(String owner, String ownerName, String fileName, byte[] content, List<String> sheets) {
        return jobs.insert(ImportJob.draft(owner, ownerName, Locale.GERMAN, fileName, sheets, Area.EVERYWHERE,
                Instant.now()), content);
    }

    private ImportJob withTable(ImportJob draft, byte[] content) {
        try {
            Table table = Spreadsheets.read(content);
            return jobs.save(draft.withSheet(null, table.columnNames(), table.rows().size()));
        }
        catch (UnreadableSpreadsheet unreadable) {
            throw new IllegalArgumentException(unreadable);
        }
    }
}
