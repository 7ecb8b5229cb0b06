package de.bruecke.organisation.importing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.bruecke.organisation.Visibility;
import de.bruecke.region.Area;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of an import job, without a database: each transition refuses what the job's state does not allow. */
class ImportJobTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final List<String> HEADER = List.of("Verein", "PLZ");

    private final ImportJob draft = ImportJob.draft("user:amira", "Amira", Locale.GERMAN, "vereine.csv", List.of(),
            Area.EVERYWHERE, NOW);

    private ImportJob mapped() {
        return draft.withSheet(null, HEADER, 700).mappedBy(ColumnMapping.guess(HEADER), Visibility.NETWORK);
    }

    @Test
    void aDraftIsQueuedOnceAndOnlyWithAMapping() {
        assertThatThrownBy(draft::queue).isInstanceOf(ImportJob.NotAllowed.class);
        ImportJob queued = mapped().queue();
        assertThat(queued.status()).isEqualTo(ImportJob.Status.QUEUED);
        assertThat(queued.inProgress()).isTrue();
        assertThatThrownBy(queued::queue).isInstanceOf(ImportJob.NotAllowed.class);
        assertThatThrownBy(() -> queued.withSheet(null, HEADER, 1)).isInstanceOf(ImportJob.NotAllowed.class);
        assertThatThrownBy(() -> queued.mappedBy(ColumnMapping.guess(HEADER), Visibility.PUBLIC))
                .isInstanceOf(ImportJob.NotAllowed.class);
    }

    @Test
    void aMappingNeedsNameAndPostcodeEachInOneColumn() {
        ImportJob withSheet = draft.withSheet(null, HEADER, 3);
        assertThatThrownBy(() -> withSheet.mappedBy(ColumnMapping.of(List.of("NAME", ""), 2), Visibility.NETWORK))
                .isInstanceOf(ImportJob.NotAllowed.class);
        assertThatThrownBy(() -> withSheet.mappedBy(ColumnMapping.of(List.of("NAME", "NAME"), 2), Visibility.NETWORK))
                .isInstanceOf(ImportJob.NotAllowed.class);
        assertThat(withSheet.mappedBy(ColumnMapping.of(List.of("NAME", "POSTCODE"), 2), Visibility.NETWORK)
                .defaultVisibility()).isEqualTo(Visibility.NETWORK);
    }

    @Test
    void choosingAnotherSheetDropsTheMapping() {
        ImportJob again = mapped().withSheet("Tabelle2", List.of("Name", "Postleitzahl", "Ort"), 12);
        assertThat(again.mapping()).isNull();
        assertThat(again.totalRows()).isEqualTo(12);
    }

    @Test
    void onlyTheRunnerThatHoldsTheJobMovesItsCheckpointAndFinishesItAfterTheLastRow() {
        ImportJob running = mapped().queue().start("node-a");
        assertThatThrownBy(() -> running.progressed("node-b", 500, 0, 0)).isInstanceOf(ImportJob.NotAllowed.class);
        ImportJob half = running.progressed("node-a", 480, 10, 10);
        assertThat(half.processedRows()).isEqualTo(500);
        assertThat(half.percent()).isEqualTo(71);
        assertThatThrownBy(() -> half.finish("node-a", NOW)).isInstanceOf(ImportJob.NotAllowed.class);
        assertThatThrownBy(() -> half.progressed("node-a", 201, 0, 0)).isInstanceOf(ImportJob.NotAllowed.class);
        ImportJob done = half.progressed("node-a", 200, 0, 0).finish("node-a", NOW);
        assertThat(done.done()).isTrue();
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(done.imported() + done.updated() + done.rejected()).isEqualTo(700);
        assertThatThrownBy(() -> done.start("node-b")).isInstanceOf(ImportJob.NotAllowed.class);
    }

    @Test
    void aStaleRunningJobIsTakenOverAndKeepsItsCheckpoint() {
        ImportJob half = mapped().queue().start("dead-node").progressed("dead-node", 500, 0, 0);
        ImportJob takenOver = half.start("node-b");
        assertThat(takenOver.runner()).isEqualTo("node-b");
        assertThat(takenOver.processedRows()).isEqualTo(500);
        assertThatThrownBy(() -> takenOver.progressed("dead-node", 200, 0, 0))
                .isInstanceOf(ImportJob.NotAllowed.class);
    }

    @Test
    void aFailedAttemptRequeuesTheJobAndTheThirdGivesItUp() {
        ImportJob once = mapped().queue().start("node-a").fail("node-a", NOW);
        assertThat(once.status()).isEqualTo(ImportJob.Status.QUEUED);
        assertThat(once.runner()).isNull();
        ImportJob twice = once.start("node-a").fail("node-a", NOW);
        ImportJob givenUp = twice.start("node-a").fail("node-a", NOW);
        assertThat(givenUp.failed()).isTrue();
        assertThat(givenUp.finishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> givenUp.start("node-a")).isInstanceOf(ImportJob.NotAllowed.class);
    }

    @Test
    void aReleasedJobWaitsForTheNextRunner() {
        ImportJob released = mapped().queue().start("node-a").release("node-a");
        assertThat(released.status()).isEqualTo(ImportJob.Status.QUEUED);
        assertThatThrownBy(() -> released.release("node-a")).isInstanceOf(ImportJob.NotAllowed.class);
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new ImportJob(draft.id(), 0, "o", "O", Locale.GERMAN, "f", List.of(), null, HEADER,
                null, Visibility.PRIVATE, Area.EVERYWHERE, ImportJob.Status.RUNNING, "n", 0, 10, 5, 3, 1, 0, NOW,
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
