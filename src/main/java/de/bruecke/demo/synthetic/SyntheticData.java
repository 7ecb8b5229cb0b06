package de.bruecke.demo.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bruecke.organisation.profile.ProfileCopy;
import de.bruecke.region.Gazetteer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fills the directory with synthetic organisations when started with {@code --generate-organisations=N} (or the
 * property {@code bruecke.generate-organisations}): tops the rows with external ID {@code SYN-…} up to N, so a restart
 * with the same N changes nothing. {@code --generate-organisations-seed=S} picks another data set;
 * {@code --generate-organisations-csv=FILE} writes the rows as a CSV file for the import instead.
 */
@Component
public class SyntheticData implements ApplicationRunner {

    static final long DEFAULT_SEED = 2026;
    private static final int BATCH = 5000;
    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

    private final Environment environment;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final ProfileCopy copy;
    private final SyntheticCsv csv;

    SyntheticData(Environment environment, Gazetteer gazetteer, ProfileCopy copy, SyntheticCsv csv, Clock clock) {
        this.clock = clock;
        this.environment = environment;
        this.gazetteer = gazetteer;
        this.copy = copy;
        this.csv = csv;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int count = (int) Math.min(10_000_000, number("generate-organisations", 0));
        if (count <= 0) {
            return;
        }
        long seed = number("generate-organisations-seed", DEFAULT_SEED);
        String file = setting("generate-organisations-csv");
        long start = System.nanoTime();
        if (file != null && !file.isBlank()) {
            csv.write(Path.of(file), generator(seed), count);
            log.info("Synthetic organisations: wrote {} rows to {} in {} s", count, file, seconds(start));
            return;
        }
        int added = topUp(count, seed);
        copy.analyze();
        log.info("Synthetic organisations: {} added, {} in total, in {} s (seed {})", added, count, seconds(start), seed);
    }

    /** Adds the synthetic organisations 0 … count-1 that are missing; returns how many were added. */
    public int topUp(int count, long seed) {
        Set<String> existing = copy.externalIdsStartingWith(SyntheticProfiles.EXTERNAL_ID_PREFIX);
        SyntheticProfiles generator = generator(seed);
        List<SyntheticProfiles.Synthetic> batch = new ArrayList<>(BATCH);
        int added = 0;
        for (int i = 0; i < count; i++) {
            if (existing.contains(SyntheticProfiles.externalId(i))) {
                continue;
            }
            batch.add(generator.generate(i));
            if (batch.size() == BATCH) {
                copy.insert(batch.stream().map(SyntheticProfiles.Synthetic::row).toList());
                added += batch.size();
                batch.clear();
                log.info("Synthetic organisations: {} of {} written", i + 1, count);
            }
        }
        if (!batch.isEmpty()) {
            copy.insert(batch.stream().map(SyntheticProfiles.Synthetic::row).toList());
            added += batch.size();
        }
        return added;
    }

    SyntheticProfiles generator(long seed) {
        return new SyntheticProfiles(seed, gazetteer.populatedPlaces(), Year.now(clock).getValue());
    }

    private long number(String name, long fallback) {
        String value = setting(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        }
        catch (NumberFormatException notANumber) {
            log.warn("Ignoring {}={}: not a number", name, value);
            return fallback;
        }
    }

    private String setting(String name) {
        String value = environment.getProperty(name);
        return value != null ? value : environment.getProperty("bruecke." + name);
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
    }
}
