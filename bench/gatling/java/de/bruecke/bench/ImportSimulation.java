package de.bruecke.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One coordinator imports a CSV file through the pages a person uses: upload, mapping (the guessed one, as the page
 * pre-selects it), preview, start, then the progress page until the import is over. Prints the wall time from start
 * to done and the counts. Settings as system properties: {@code bench.baseUrl}, {@code bench.csv} (absolute path),
 * {@code bench.rows} (rows in the file, for the check that every row is accounted for), {@code bench.poll} (ms).
 */
public class ImportSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:18091");
    private static final String CSV = System.getProperty("bench.csv", "/tmp/orgs-16000.csv");
    private static final int ROWS = Integer.getInteger("bench.rows", 16000);
    private static final long POLL_MILLIS = Long.getLong("bench.poll", 250);
    private static final String IMPORT = "/organisations/import";
    private static final Pattern REASON = Pattern.compile("^\"?Zeile \\d+: ([^;\"]*)");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html")
            .acceptEncodingHeader("gzip").acceptLanguageHeader("de");

    private final ChainBuilder signIn = exec(
            http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")),
            http("sign in").post("/login").formParam("email", "koordination@bruecke.example")
                    .formParam("password", "Bruecke-Demo-2026").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocationRegex("^(?!.*error).*$").exists()));

    private final ChainBuilder prepare = exec(
            http("import page").get(IMPORT)
                    .check(css("form[enctype='multipart/form-data'] input[name=_csrf]", "value").saveAs("csrf")),
            http("upload").post(IMPORT).header("X-CSRF-TOKEN", "#{csrf}")
                    .bodyPart(StringBodyPart("_csrf", "#{csrf}"))
                    .bodyPart(RawFileBodyPart("file", CSV).fileName("organisations.csv").contentType("text/csv"))
                    .asMultipartForm()
                    .check(status().is(200), currentLocationRegex(IMPORT + "/([0-9a-f-]{36})/mapping").saveAs("job"),
                            form("form[action$='/mapping']").saveAs("mapping")),
            http("mapping").post(IMPORT + "/#{job}/mapping").formParamMap(session -> session.getMap("mapping"))
                    .check(status().is(200), currentLocationRegex(IMPORT + "/[0-9a-f-]{36}/preview").exists(),
                            css("form.import-start input[name=_csrf]", "value").saveAs("csrf")));

    private final ChainBuilder run = exec(session -> session.set("started", System.nanoTime()))
            .exec(http("start").post(IMPORT + "/#{job}/start").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css("#import-status[hx-get]").count().saveAs("running")))
            .exec(asLongAs(session -> session.getInt("running") > 0).on(
                    pause(Duration.ofMillis(POLL_MILLIS)).exec(http("progress").get(IMPORT + "/#{job}")
                            .header("HX-Request", "true")
                            .check(status().is(200), css("#import-status[hx-get]").count().saveAs("running")))))
            .exec(session -> session.set("finished", System.nanoTime()));

    private final ChainBuilder result = exec(http("result").get(IMPORT + "/#{job}")
            .check(status().is(200), substring("import-status"),
                    css("label[for=import-progress]").saveAs("status"),
                    css(".facts__item dd").findAll().saveAs("counts")))
            .exec(ImportSimulation::report)
            .doIf(session -> session.getInt("rejected") > 0).then(
                    exec(http("rejected rows").get(IMPORT + "/#{job}/rejected.csv")
                            .check(status().is(200), bodyString().saveAs("rejectedRows")))
                    .exec(ImportSimulation::reasons));

    private final ScenarioBuilder coordinator = scenario("coordinator imports").exec(signIn)
            .exec(session -> session.set("uploading", System.nanoTime()))
            .group("upload+map+preview").on(prepare)
            .group("import run (start → done)").on(run)
            .exec(result);

    {
        setUp(coordinator.injectOpen(atOnceUsers(1))).protocols(protocol);
    }

    private static Session report(Session session) {
        double preparing = (session.getLong("started") - session.getLong("uploading")) / 1e9;
        double seconds = (session.getLong("finished") - session.getLong("started")) / 1e9;
        List<String> counts = session.getList("counts");
        int imported = Integer.parseInt(counts.get(0).strip());
        int updated = Integer.parseInt(counts.get(1).strip());
        int rejected = Integer.parseInt(counts.get(2).strip());
        int total = imported + updated + rejected;
        System.out.printf("IMPORT RESULT: status \"%s\", upload to preview %.1f s, start to done %.1f s, imported %d, "
                + "updated %d, rejected %d, accounted %d of %d rows%s%n", session.getString("status").strip(),
                preparing, seconds, imported, updated, rejected, total, ROWS, total == ROWS ? "" : " (MISMATCH)");
        Session counted = session.set("rejected", rejected);
        return total == ROWS ? counted : counted.markAsFailed();
    }

    /** Prints the reasons of the rejected rows with how often each occurs, most frequent first. */
    private static Session reasons(Session session) {
        Map<String, Long> reasons = new TreeMap<>();
        for (String line : session.getString("rejectedRows").split("\\R")) {
            Matcher reason = REASON.matcher(line);
            if (reason.find()) {
                for (String part : reason.group(1).split(" · ")) {
                    reasons.merge(part.strip().replaceAll("\\d+", "N"), 1L, Long::sum);
                }
            }
        }
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("IMPORT REJECTED: %5d × %s%n", e.getValue(), e.getKey()));
        if (reasons.isEmpty()) {
            String body = session.getString("rejectedRows");
            System.out.println("IMPORT REJECTED (unparsed): " + body.substring(0, Math.min(800, body.length())));
        }
        return session;
    }
}
