package de.bruecke.support;

import java.util.UUID;

/**
 * A test-only event whose listener ({@link FailingListener}) fails on the first {@code failures} deliveries, to see
 * what the event publication registry does with a publication whose listener failed.
 */
public record RedeliveryProbe(UUID id, int failures) {
}
