package de.bruecke.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real PostgreSQL: embedded (fresh per run) unless {@code BRUECKE_DB_URL} points at an
 * external one. All tests share one context, with the demo accounts seeded. Tagged {@code database}: CI runs these
 * tests a second time on Debian's PostgreSQL 15 ({@code -Dgroups=database}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bruecke.embedded-database.directory=target/test-postgres",
        "bruecke.embedded-database.clean=true",
        "bruecke.demo=on",
        "bruecke.mail.dispatch-interval=1h",
        "logging.level.org.springframework.security.config=ERROR"
})
@AutoConfigureMockMvc
@Tag("database")
public @interface IntegrationTest {
}
