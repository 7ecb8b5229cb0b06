package de.bruecke.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to {@link RedeliveryProbe} like a module would, but fails the first deliveries of each probe. Part of every
 * full test context (found by component scanning); only tests publish probes.
 */
@Component
public class FailingListener {

    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<UUID> delivered = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(RedeliveryProbe probe) {
        int attempt = attempts.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet();
        if (attempt <= probe.failures()) {
            throw new IllegalStateException("Probe " + probe.id() + " fails on attempt " + attempt + " (on purpose)");
        }
        delivered.add(probe.id());
    }

    public int attempts(UUID probe) {
        AtomicInteger count = attempts.get(probe);
        return count == null ? 0 : count.get();
    }

    public boolean delivered(UUID probe) {
        return delivered.contains(probe);
    }
}
