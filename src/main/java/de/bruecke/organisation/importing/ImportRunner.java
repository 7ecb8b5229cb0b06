package de.bruecke.organisation.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import de.bruecke.organisation.profile.ProfileBatch;
import de.bruecke.platform.spreadsheet.Row;
import de.bruecke.platform.spreadsheet.Spreadsheets;
import de.bruecke.platform.spreadsheet.Table;
import de.bruecke.platform.spreadsheet.UnreadableSpreadsheet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs started imports in the background, in batches of {@value #BATCH_SIZE} rows with one transaction each. Every batch
 * moves the job's checkpoint in the same transaction as its rows, so after a crash or restart the job continues from the
 * last committed batch: a job whose runner stopped reporting for {@value #STALE_SECONDS} s is claimed again.
 */
@Component
class ImportRunner {

    static final int BATCH_SIZE = 500;
    static final int STALE_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportRows rows;
    private final ProfileBatch profiles;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String runner = UUID.randomUUID().toString();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;

    ImportRunner(ImportJobs jobs, ImportRows rows, ProfileBatch profiles, TransactionTemplate transaction,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.rows = rows;
        this.profiles = profiles;
        this.transaction = transaction;
        this.executor = executor;
    }

    /** Looks for work; the jobs themselves run on the application's task executor, one at a time per node. */
    @Scheduled(fixedDelayString = "${bruecke.import.poll-interval:1s}", initialDelayString = "2s")
    void poll() {
        if (stopping || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        }
        catch (RuntimeException rejected) {
            busy.set(false);
            throw rejected;
        }
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "1m")
    void deleteAbandonedDrafts() {
        jobs.deleteAbandonedDrafts();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void drain() {
        try {
            while (!stopping) {
                var claimed = transaction.execute(status -> jobs.claimable(STALE_SECONDS)
                        .map(job -> jobs.save(job.start(runner))));
                if (claimed == null || claimed.isEmpty()) {
                    return;
                }
                run(claimed.get().id(), Integer.MAX_VALUE);
            }
        }
        finally {
            busy.set(false);
        }
    }

    /** Processes up to {@code maxBatches} batches of a job this node holds, then finishes it if all rows are done. */
    void run(UUID id, int maxBatches) {
        run(id, runner, maxBatches);
    }

    void run(UUID id, String heldBy, int maxBatches) {
        try {
            ImportJob job = jobs.find(id).filter(found -> found.heldBy(heldBy)).orElseThrow(
                    () -> new IllegalStateException("Import " + id + " is not held by " + heldBy));
            Table table = read(job, jobs.content(id));
            List<Row> all = table.rows();
            ImportRows.Settings settings = ImportRows.Settings.of(job);
            Map<String, Integer> accepted = jobs.acceptedKeys(id);
            for (int batch = 0; batch < maxBatches && job.processedRows() < all.size(); batch++) {
                if (stopping) {
                    jobs.save(job.release(heldBy));
                    return;
                }
                List<Row> slice = all.subList(job.processedRows(),
                        Math.min(all.size(), job.processedRows() + BATCH_SIZE));
                ImportJob current = job;
                job = transaction.execute(status -> write(current, heldBy, settings, slice, accepted));
            }
            if (job.processedRows() >= all.size()) {
                jobs.save(job.finish(heldBy, clock.instant()));
            }
        }
        catch (RuntimeException | UnreadableSpreadsheet e) {
            log.warn("Import {} failed in this attempt", id, e);
            jobs.find(id).filter(job -> job.heldBy(heldBy))
                    .ifPresent(job -> jobs.save(job.fail(heldBy, clock.instant())));
        }
    }

    /** The job's table as the person chose it when uploading. */
    static Table read(ImportJob job, byte[] content) throws UnreadableSpreadsheet {
        return job.sheetName() == null ? Spreadsheets.read(content) : Spreadsheets.readSheet(content, job.sheetName());
    }

    /** Writes one batch's organisations and row results and moves the job's checkpoint past them. */
    private ImportJob write(ImportJob job, String heldBy, ImportRows.Settings settings, List<Row> slice,
            Map<String, Integer> accepted) {
        String note = job.fileName() + " / ";
        List<ImportRows.Plan> plans = rows.plan(settings, slice, accepted);
        List<ProfileBatch.Write> inserts = new ArrayList<>();
        List<ProfileBatch.Write> updates = new ArrayList<>();
        for (ImportRows.Plan plan : plans) {
            if (!plan.rejected()) {
                var write = new ProfileBatch.Write(plan.profile(), plan.place(), plan.externalId(),
                        plan.loadedVersion(), plan.outcome() == ImportOutcome.UPDATED ? plan.changes() : List.of(),
                        note + plan.number());
                (plan.outcome() == ImportOutcome.IMPORTED ? inserts : updates).add(write);
            }
        }
        profiles.insert(inserts);
        boolean[] saved = profiles.update(updates);
        List<ProfileBatch.Write> written = new ArrayList<>(inserts);
        for (int i = 0; i < saved.length; i++) {
            if (saved[i]) {
                written.add(updates.get(i));
            }
        }
        profiles.history(written, job.ownerName());
        List<ImportJobs.NewRowResult> results = new ArrayList<>();
        int update = 0;
        for (ImportRows.Plan plan : plans) {
            if (plan.outcome() == ImportOutcome.UPDATED && !saved[update++]) {
                results.add(new ImportJobs.NewRowResult(plan.number(), ImportOutcome.REJECTED,
                        List.of(ImportReason.of(null, "import.reason.changedMeanwhile")), null, List.of()));
                continue;
            }
            results.add(new ImportJobs.NewRowResult(plan.number(), plan.outcome(), plan.reasons(),
                    plan.rejected() ? null : plan.profile().id().value(), plan.keys()));
        }
        jobs.recordResults(job.id(), results);
        return jobs.save(job.progressed(heldBy, count(results, ImportOutcome.IMPORTED),
                count(results, ImportOutcome.UPDATED), count(results, ImportOutcome.REJECTED)));
    }

    private static int count(List<ImportJobs.NewRowResult> results, ImportOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
