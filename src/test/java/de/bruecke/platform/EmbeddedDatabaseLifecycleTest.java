package de.bruecke.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import de.bruecke.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Brücke as its own process, the way the README does, to test what only a real process shows: data survives
 * a {@code kill -9}, and an unusable data directory stops the start with a clear message and a non-zero exit code.
 * The child processes always use the embedded database, also when the suite itself runs against an external one.
 */
class EmbeddedDatabaseLifecycleTest {

    @TempDir
    Path work;

    @Test
    void committedDataSurvivesKillMinus9AndTheNextStartComesUpCleanly() throws Exception {
        Path data = work.resolve("postgres");
        int dbPort = freePort();
        Process first = start(data, dbPort, work.resolve("first.log"));
        String name = "Überlebt e.V. " + UUID.randomUUID();
        try {
            awaitHttp(first, work.resolve("first.log"));
            try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres",
                    "postgres", "")) {
                connection.createStatement().executeUpdate("insert into organisation (id, name, kind, postcode) values ('"
                        + UUID.randomUUID() + "', '" + name + "', 'MO', '10117')");
            }
        }
        finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("PostgreSQL outlived the killed app").isTrue();

        Process second = start(data, dbPort, work.resolve("second.log"));
        try {
            awaitHttp(second, work.resolve("second.log"));
            try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres",
                    "postgres", "");
                    var result = connection.createStatement().executeQuery(
                            "select count(*) from organisation where name = '" + name + "'")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
        finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnwritableDataDirectoryStopsTheStartWithAClearMessage() throws Exception {
        Path blocker = work.resolve("not-a-directory");
        Files.writeString(blocker, "a file where the data directory should be");
        Path log = work.resolve("unwritable.log");
        Process process = start(blocker.resolve("postgres"), freePort(), log);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("Brücke cannot write to its data directory")
                .contains("BRUECKE_EMBEDDED_DATABASE_DIRECTORY");
    }

    private Process start(Path data, int dbPort, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=" + freePort(), "--bruecke.embedded-database.directory=" + data,
                "--bruecke.embedded-database.port=" + dbPort, "--bruecke.demo=off"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("BRUECKE_DB_URL");
        return builder.start();
    }

    private static void awaitHttp(Process process, Path log) throws Exception {
        String port = null;
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("app process died: %s", Files.readString(log)).isTrue();
            if (port == null) {
                var matcher = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)").matcher(Files.readString(log));
                port = matcher.find() ? matcher.group(1) : null;
            }
            if (port != null) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                }
                catch (IOException notYet) {
                    // server still starting
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("app did not answer within 2 minutes: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
