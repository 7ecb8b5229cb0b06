package de.bruecke.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("bruecke.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path directory, @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
