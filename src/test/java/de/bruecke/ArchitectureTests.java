package de.bruecke;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTests {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.bruecke");

    @Test
    void noImplOrManagerClasses() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .check(production);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(production);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(production);
    }

    /**
     * Roles and scopes are read in one place, {@code platform.Actor}; only account writes them (its role grants).
     * Everyone else asks the actor or a policy built on it, so the check cannot be rebuilt elsewhere.
     */
    @Test
    void onlyPlatformReadsScopedAuthorities() {
        noClasses().that().resideOutsideOfPackage("de.bruecke.platform..")
                .and().doNotHaveFullyQualifiedName("de.bruecke.account.RoleGrant")
                .should().dependOnClassesThat().haveFullyQualifiedName("de.bruecke.platform.ScopedAuthority")
                .check(production);
    }

    @Test
    void platformKnowsNoDomainModule() {
        noClasses().that().resideInAPackage("de.bruecke.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("de.bruecke.account..", "de.bruecke.organisation..",
                        "de.bruecke.region..", "de.bruecke.notification..", "de.bruecke.demo..",
                        "de.bruecke.assessment..")
                .check(production);
    }

    /** The time comes from the {@code Clock} bean, so tests and jobs can fix the moment; only configuration builds one. */
    @Test
    void timeComesFromTheClockBean() {
        noClasses().that().areNotAnnotatedWith(Configuration.class)
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Year.class, "now")
                .check(production);
    }

    /** Controllers map requests to the model and back; the SQL lives in repositories and read models. */
    @Test
    void controllersRunNoSql() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class,
                        NamedParameterJdbcTemplate.class, DataSource.class)
                .check(production);
    }

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/de/bruecke");
    private static final Pattern SQL_NAME = Pattern.compile("(?i)\\b(?:from|join|into|update|table|truncate)\\s+(\\w+)");

    /**
     * Each table belongs to one module and starts with its name; the SQL of a module names only its own tables. What
     * others may read goes through the owner's views (e.g. {@code organisation_place}) or its Java API.
     */
    @Test
    void noModuleReadsAnotherModulesTables() throws IOException {
        Set<String> tables = tables();
        assertThat(tables).hasSizeGreaterThan(20).allSatisfy(table -> assertThat(owner(table)).as(table).isNotNull());
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                Matcher name = SQL_NAME.matcher(Files.readString(file));
                while (name.find()) {
                    String table = name.group(1).toLowerCase(Locale.ROOT);
                    if (tables.contains(table) && !module.equals(owner(table))) {
                        foreign.add(SOURCES.relativize(file) + " names " + table + " of " + owner(table));
                    }
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    /** The tables the migrations leave, after renames; views are not tables. */
    private static Set<String> tables() throws IOException {
        Set<String> tables = new HashSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
        Pattern rename = Pattern.compile("(?i)alter table (\\w+) rename to (\\w+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<Path> ordered = files.sorted(Comparator.comparingInt(ArchitectureTests::version)).toList();
            for (Path migration : ordered) {
                String sql = Files.readString(migration);
                create.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase(Locale.ROOT)));
                rename.matcher(sql).results().forEach(m -> {
                    tables.remove(m.group(1).toLowerCase(Locale.ROOT));
                    tables.add(m.group(2).toLowerCase(Locale.ROOT));
                });
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String owner(String table) {
        if (table.startsWith("spring_session") || table.startsWith("event_publication")) {
            return "platform";
        }
        return Stream.of("account", "assessment", "organisation", "region", "notification")
                .filter(module -> table.equals(module) || table.startsWith(module + "_")).findFirst().orElse(null);
    }
}
