package de.bruecke;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
}
