package de.bruecke;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;

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
}
