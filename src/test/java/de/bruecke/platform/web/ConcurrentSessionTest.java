package de.bruecke.platform.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bruecke.support.DemoUsers;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Several requests of one fresh session at the same moment, as a browser sends them right after sign-in. */
@IntegrationTest
class ConcurrentSessionTest {

    @LocalServerPort
    int port;

    @Test
    void simultaneousFirstRequestsOfASessionAllSucceed() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        for (int round = 0; round < 5; round++) {
            String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(token.find()).isTrue();
            String form = "email=" + URLEncoder.encode(DemoUsers.MO_MEMBER, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
            var signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);

            List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(client.sendAsync(get(i % 2 == 0 ? "/account" : "/organisations/mine"),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (var page : pages) {
                assertThat(page.get().statusCode()).isEqualTo(200);
            }
            client.send(HttpRequest.newBuilder(uri("/logout")).POST(HttpRequest.BodyPublishers.ofString(
                    "_csrf=" + csrf(client.send(get("/account"), HttpResponse.BodyHandlers.ofString()).body())))
                    .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
