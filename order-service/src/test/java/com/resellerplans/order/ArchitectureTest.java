package com.resellerplans.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The packages show the architecture: domain code never reaches for the REST or messaging edges. */
@AnalyzeClasses(packages = "com.resellerplans.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIgnoresTheEdges = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..messaging..");

    @ArchTest
    static final ArchRule resourcesDoNotCallEachOther = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..messaging..");

    @ArchTest
    static final ArchRule consumersDoNotUseResources = noClasses().that().resideInAPackage("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("..api..");
}
