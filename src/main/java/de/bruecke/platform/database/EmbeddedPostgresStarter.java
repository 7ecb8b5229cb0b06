package de.bruecke.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL on a persistent data directory, after cleaning up what a killed
 * earlier run left behind (an orphaned postmaster or a stale {@code postmaster.pid}).
 */
class EmbeddedPostgresStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);
    private static final Duration ORPHAN_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedDatabaseProperties properties;

    EmbeddedPostgresStarter(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    EmbeddedPostgres start() throws IOException {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (properties.clean()) {
            FileSystemUtils.deleteRecursively(directory);
        }
        ensureWritable(directory);
        stopOrphanedServer(directory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // stopped by the application context (after the beans that still use it on shutdown), not by a JVM hook
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "512MB")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    private static void ensureWritable(Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
        }
        catch (IOException | SecurityException e) {
            throw new DataDirectoryNotWritableException(directory, e);
        }
    }

    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            log.warn("Removing stale {} left by an earlier run", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(ORPHAN_SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IOException("PostgreSQL from an earlier run (pid " + process.pid() + ") did not stop", e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        }
        catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
