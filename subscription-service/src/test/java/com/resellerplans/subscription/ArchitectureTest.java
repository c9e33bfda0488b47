package com.resellerplans.subscription;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.resellerplans.subscription", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainNeverDependsOnApiOrMessaging = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..messaging..");

    @ArchTest
    static final ArchRule messagingNeverDependsOnApi = noClasses()
            .that().resideInAPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("..api..");
}
