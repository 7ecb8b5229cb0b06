package de.bruecke.assessment.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bruecke.Application;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Land;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The network aggregate of the needs assessment over 16,000 closed assessments (issue 4: ≤ 1 s). Starts Brücke with
 * its embedded PostgreSQL in {@code target/jmh/postgres}, generates 16,000 MOs with closed rounds once
 * ({@code --generate-assessments=16000}, deterministic, kept across runs) and measures {@link AreaAggregates#of} — the
 * one SQL query plus mapping — for a network covering all of Germany (every generated assessment) and for the demo
 * Berlin network. Writes {@code EXPLAIN (ANALYZE, BUFFERS)} of the national query to
 * {@code target/jmh/area-aggregate-explain.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class AreaAggregateBenchmark {

    static final int ASSESSMENTS = 16_000;

    ConfigurableApplicationContext context;
    AreaAggregates aggregates;
    Network germany;
    Network berlin;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new SpringApplication(Application.class).run("--generate-assessments=" + ASSESSMENTS,
                "--bruecke.embedded-database.directory=target/jmh/postgres", "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.de.bruecke.assessment=INFO",
                "--bruecke.assessment.reminder-initial-delay=1h", "--bruecke.mail.dispatch-interval=1h");
        aggregates = context.getBean(AreaAggregates.class);
        Networks networks = context.getBean(Networks.class);
        List<String> laender = context.getBean(Gazetteer.class).laender().stream().map(Land::key).toList();
        germany = networks.all().stream().filter(n -> n.name().equals("Benchmark: ganz Deutschland")).findFirst()
                .orElseGet(() -> networks.create("Benchmark: ganz Deutschland", "", laender, List.of()));
        berlin = networks.all().stream().filter(n -> n.landKeys().equals(java.util.Set.of("11"))).findFirst().orElseThrow();
        AreaAggregates.Figures figures = aggregates.of(germany);
        if (figures.organisations() < ASSESSMENTS) {
            throw new IllegalStateException("Only " + figures.organisations() + " MOs with closed rounds");
        }
        explain();
        System.out.printf("Germany: %d MOs with closed rounds, %d rounds; Berlin: %d MOs%n", figures.organisations(),
                figures.rounds(), aggregates.of(berlin).organisations());
    }

    private void explain() throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("analyze").update();
        List<String> plan = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            var area = germany.area().sql("o.land_key", "o.kreis_key");
            plan = jdbc.sql("explain (analyze, buffers) " + AreaAggregates.query(area)).params(area.params())
                    .query(String.class).list();
        }
        Files.createDirectories(Path.of("target/jmh"));
        Files.write(Path.of("target/jmh/area-aggregate-explain.txt"), plan);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public AreaAggregates.Figures germany16000() {
        return aggregates.of(germany);
    }

    @Benchmark
    public AreaAggregates.Figures berlin() {
        return aggregates.of(berlin);
    }
}
