package com.resellerplans.storefront;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.resellerplans.storefront");

    @Test
    void domain_never_depends_on_api_or_messaging() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..messaging..")
                .check(MAIN);
    }

    @Test
    void messaging_and_api_do_not_depend_on_each_other() {
        noClasses().that().resideInAPackage("..messaging..").should().dependOnClassesThat()
                .resideInAPackage("..api..").check(MAIN);
        noClasses().that().resideInAPackage("..api..").should().dependOnClassesThat()
                .resideInAPackage("..messaging..").check(MAIN);
    }
}
