package de.bruecke.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP against the running server: headers, error pages and language handling as a browser sees them. */
@IntegrationTest
class WebSafetyTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        var response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("BRUECKE_SESSION=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(response.body()).doesNotContain(" style=\"", "<script>", "onclick=");
    }

    @Test
    void stylesAndScriptsHaveContentVersionedUrlsAndAreCachedForAWeek() throws Exception {
        var page = get("/");
        var links = java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"").matcher(page.body())
                .results().map(m -> m.group(1)).toList();
        assertThat(links).anyMatch(l -> l.matches("/assets/css/app-[0-9a-f]{32}\\.css"))
                .anyMatch(l -> l.matches("/assets/kern/kern\\.min-[0-9a-f]{32}\\.css"))
                .anyMatch(l -> l.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js"));
        for (String link : links) {
            var asset = get(link);
            assertThat(asset.statusCode()).as(link).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(link).hasValueSatisfying(
                    value -> assertThat(value).contains("max-age=604800"));
        }
        assertThat(get("/organisations").statusCode()).isEqualTo(200);
        assertThat(get("/assets/gibt-es-nicht.css").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostedWithoutCsrfTokenExplainsThatTheFormExpired() throws Exception {
        var response = postForm("/register", "name=Olga&email=olga%40verein.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Das Formular ist abgelaufen").doesNotContain("Exception", "at de.bruecke");
    }

    @Test
    void unknownPagesGetALocalisedNotFoundPage() throws Exception {
        var german = get("/gibt-es-nicht");
        assertThat(german.statusCode()).isEqualTo(404);
        assertThat(german.body()).contains("Seite nicht gefunden", "lang=\"de\"");
        var arabic = get("/gibt-es-nicht", "Accept-Language", "ar");
        assertThat(arabic.statusCode()).isEqualTo(404);
        assertThat(arabic.body()).contains("dir=\"rtl\"", "lang=\"ar\"");
    }

    @Test
    void adminPagesAreForbiddenOrAskForSignIn() throws Exception {
        var response = get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void unknownOrHostileLanguageCodesFallBackToGerman() throws Exception {
        for (String code : new String[] { "xx", "%3Cscript%3E", "de-DE-x-" + "a".repeat(200), "", "zz_ZZ" }) {
            var response = get("/?lang=" + code);
            assertThat(response.statusCode()).as(code).isEqualTo(200);
            assertThat(response.body()).as(code).contains("lang=\"de\"", "Willkommen bei Brücke");
        }
    }

    @Test
    void theLanguageChoiceIsKeptAndArabicIsRightToLeft() throws Exception {
        var chosen = get("/?lang=ar");
        assertThat(chosen.body()).contains("lang=\"ar\"", "dir=\"rtl\"");
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BRUECKE_LANG="))
                .findFirst().orElseThrow().split(";")[0];
        assertThat(get("/imprint", "Cookie", cookie).body()).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(get("/imprint", "Accept-Language", "uk-UA,uk;q=0.9").body()).contains("lang=\"uk\"");
    }

    @Test
    void badRequestsGetAFriendlyPageWithoutInternals() throws Exception {
        var response = get("/admin/outbox/not-a-uuid");
        assertThat(response.statusCode()).isIn(302, 400, 404);
        var tooLong = get("/login?error=" + "x".repeat(5000));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("E-Mail-Adresse oder Passwort stimmen nicht");
    }
}
