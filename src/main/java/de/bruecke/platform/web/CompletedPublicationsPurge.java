package de.bruecke.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets delivered event publications after {@code bruecke.events.keep-completed} (30 days by default): they only
 * prove a listener ran, and the registry table would otherwise grow with every event. Pending ones stay until
 * delivered. Deleting is the same on every node, so it may run on all of them.
 */
@Component
class CompletedPublicationsPurge {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedPublicationsPurge(CompletedEventPublications completed,
            @Value("${bruecke.events.keep-completed:30d}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "6h", initialDelayString = "10m")
    void purge() {
        completed.deletePublicationsOlderThan(keep);
    }
}
