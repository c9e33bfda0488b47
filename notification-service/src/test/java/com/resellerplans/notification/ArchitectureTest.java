package com.resellerplans.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages show the architecture: domain code knows nothing of REST resources or Kafka consumers. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.resellerplans.notification");

    @Test
    void domainNeverDependsOnApiOrMessaging() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..messaging..")
                .check(CLASSES);
    }

    @Test
    void domainKnowsNothingOfHttp() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(CLASSES);
    }

    @Test
    void messagingOnlyConsumes() {
        noClasses().that().resideInAPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .check(CLASSES);
    }
}
