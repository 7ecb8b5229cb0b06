package de.bruecke.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for e-mails and documents, built from the configured public address {@code bruecke.base-url} (never
 * from a request's Host header). The one place that knows the address.
 */
@Component
public class Links {

    private final String base;

    Links(@Value("${bruecke.base-url:http://localhost:8080}") String base) {
        this.base = base;
    }

    public String to(String path) {
        return to(path, null);
    }

    /** The link with a one-time token as its query, e.g. to confirm an address. */
    public String to(String path, String token) {
        var builder = UriComponentsBuilder.fromUriString(base).path(path);
        if (token != null) {
            builder.queryParam("token", token);
        }
        return builder.build().toUriString();
    }
}
