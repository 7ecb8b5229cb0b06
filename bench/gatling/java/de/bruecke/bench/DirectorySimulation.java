package de.bruecke.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Directory search under an open load: new visitors arrive at a constant rate and each runs one search with free
 * text, two filters and sorting by distance from a postcode (the page shows the facet counts too). A share of the
 * searches is made signed in as network staff. Settings as system properties: {@code bench.baseUrl},
 * {@code bench.rate} (searches per second), {@code bench.seconds}, {@code bench.staffShare}, {@code bench.seed}.
 */
public class DirectorySimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:18080");
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "20"));
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final double STAFF_SHARE = Double.parseDouble(System.getProperty("bench.staffShare", "0.2"));
    private static final long SEED = Long.getLong("bench.seed", 3);

    /** Words people type: topics, offers, communities, a place-independent name part and typos. */
    private static final List<String> TEXTS = List.of("Kultur", "Beratung", "Frauen", "Jugend", "Sprachcafé",
            "Anerkennung", "Eltern", "Bildung", "Integration", "Arbeit", "Sport", "Hausaufgabenhilfe", "Bewerbung",
            "Dolmetschen", "Geflüchtete", "Familie", "Gesundheit", "Kulturverien", "Beratungen", "Türkiye",
            "syrisch", "polnisch", "afrikanisch", "ukrainisch", "Kurdisch", "Elternverein", "Netzwerk",
            "Nachhilfe", "Deutschkurs", "Selbstständigkeit");

    /** Two filters each, as a person would combine them. */
    private static final List<String> FILTERS = List.of("language=ar&field=SOCIAL_COUNSELLING",
            "language=tr&field=CULTURE", "community=UA&field=REFUGEES", "language=ru&role=COOPERATION_PARTNER",
            "language=fa&field=WOMEN", "community=SY&field=LABOUR_MARKET", "language=pl&field=EDUCATION",
            "language=en&role=INFORMATION_BROKER", "community=TR&field=YOUTH", "language=de&field=RECOGNITION",
            "community=ER&field=SOCIAL_COUNSELLING", "language=vi&kind=MO", "language=ar&role=TARGET_GROUP_PANEL",
            "community=AF&field=EDUCATION", "language=uk&field=LANGUAGE_COURSES", "kind=INSTITUTION&field=LABOUR_MARKET");

    /** Postcodes of large and middle-sized cities and a few small towns. */
    private static final List<String> POSTCODES = List.of("10115", "10963", "12043", "13353", "20095", "22765",
            "80331", "81369", "50667", "51065", "60311", "60385", "70173", "40210", "44135", "45127", "04109",
            "28195", "01067", "30159", "90402", "47051", "44787", "42103", "33602", "53111", "48143", "68159",
            "76133", "65183", "86150", "52062", "24103", "19053", "99084", "39104", "18055", "66111", "55116",
            "34117", "37073", "93047", "89073", "36037", "87435", "26122", "49074", "06108", "14467", "97070");

    private static final int[] RADII = {10, 25, 25, 25, 50, 50, 50, 100};

    private final List<Map<String, Object>> queries = queries(new Random(SEED), 2000);
    private final String staffCookie = signIn("netzwerk@bruecke.example", "Bruecke-Demo-2026");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html")
            .acceptEncodingHeader("gzip").acceptLanguageHeader("de").shareConnections();

    private final ScenarioBuilder visitors = scenario("visitor").feed(listFeeder(queries).circular())
            .exec(http("search").get("#{path}").check(status().is(200), substring("Treffer")));

    private final ScenarioBuilder staff = scenario("network staff").feed(listFeeder(queries).random())
            .exec(http("search signed in").get("#{path}").header("Cookie", staffCookie)
                    .check(status().is(200), substring("Treffer"), substring("netzwerk@bruecke.example")));

    {
        setUp(visitors.injectOpen(constantUsersPerSec(RATE * (1 - STAFF_SHARE)).during(SECONDS)),
                staff.injectOpen(constantUsersPerSec(RATE * STAFF_SHARE).during(SECONDS)))
                .protocols(protocol);
    }

    static List<Map<String, Object>> queries(Random random, int count) {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "/organisations?q=" + URLEncoder.encode(pick(random, TEXTS), StandardCharsets.UTF_8) + "&"
                    + pick(random, FILTERS) + "&near=" + pick(random, POSTCODES) + "&radius="
                    + RADII[random.nextInt(RADII.length)] + "&sort=DISTANCE";
            queries.add(Map.of("path", path));
        }
        return queries;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Signs in through the login form and returns the session cookie, e.g. {@code BRUECKE_SESSION=…}. */
    private static String signIn(String email, String password) {
        try {
            var cookies = new CookieManager();
            var client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String form = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            var response = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode());
            }
            String cookie = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("BRUECKE_SESSION")).map(c -> c.getName() + "=" + c.getValue())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
            // one search first, so the session's CSRF token exists before concurrent requests share the session
            client.send(HttpRequest.newBuilder(URI.create(BASE + "/organisations")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return cookie;
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException("sign-in failed", e);
        }
    }
}
