package de.consortium.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md: the domain knows no web, JDBC or Spring Boot and nothing of the other
 * modules; the projections know no web and nothing of the application; in the application, the infrastructure knows
 * no web adapter; no two packages depend on each other in a cycle, within any module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses classes;

    @BeforeAll
    void importMainClasses() {
        // the domain's test jar (the shared CUT case) is on this module's test class path: its classes are tests too
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("de.consortium");
    }

    @Test
    void theDomainKnowsNoWebNoJdbcNoSpringBootAndNoOtherModule() {
        noClasses().that().resideInAPackage("de.consortium.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.jdbc..", "org.springframework.boot..", "java.sql..", "jakarta.servlet..",
                        "de.consortium.projections..", "de.consortium.api..")
                .check(classes);
    }

    @Test
    void theProjectionsKnowNoWebAndNotTheApplication() {
        noClasses().that().resideInAPackage("de.consortium.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.springframework.boot..", "de.consortium.api..")
                .check(classes);
    }

    @Test
    void theInfrastructureKnowsNoWebAdapter() {
        noClasses().that().resideInAPackage("de.consortium.api..").and().resideOutsideOfPackage("de.consortium.api.web..")
                .should().dependOnClassesThat().resideInAPackage("de.consortium.api.web..")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("de.consortium.domain.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("de.consortium.projections.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("de.consortium.api.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("de.consortium.api.web.(*)..").should().beFreeOfCycles().check(classes);
    }
}
