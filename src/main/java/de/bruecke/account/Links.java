package de.bruecke.account;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Absolute links for e-mails, built from the configured public address (never from the request's Host header). */
@Component
class Links {

    private final Environment environment;

    Links(Environment environment) {
        this.environment = environment;
    }

    String to(String path, String token) {
        String base = environment.getProperty("bruecke.base-url", "http://localhost:8080");
        var builder = UriComponentsBuilder.fromUriString(base).path(path);
        if (token != null) {
            builder.queryParam("token", token);
        }
        return builder.build().toUriString();
    }
}
