package com.resellerplans.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules every service keeps; each service's {@code ArchitectureTest} runs them on its own classes.
 * A feature package has {@code domain} (rules, aggregates, the ports they need), {@code api} (REST resources),
 * {@code messaging} (event consumers) and {@code client} (calls to other services): only the domain is
 * shared by the other three, and it knows nothing of how requests, events or calls travel.
 */
public final class ArchitectureRules {
    private static final String[] TRANSPORT = {
        "jakarta.ws.rs..",
        "org.jboss.resteasy..",
        "org.eclipse.microprofile.rest.client..",
        "org.eclipse.microprofile.jwt..",
        "io.smallrye.jwt..",
        "io.smallrye.reactive.messaging..",
        "io.vertx..",
        "io.quarkus.mailer..",
        "com.resellerplans.http..",
    };

    @ArchTest
    public static final ArchRule domainIgnoresTheEdges = noClasses()
            .that()
            .resideInAPackage("com.resellerplans..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.resellerplans..api..", "com.resellerplans..messaging..", "com.resellerplans..client..")
            .because("resources, consumers and clients call the domain, never the other way round");

    @ArchTest
    public static final ArchRule domainKnowsNoTransport = noClasses()
            .that()
            .resideInAPackage("com.resellerplans..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRANSPORT)
            .because("the domain sees an actor and the ports it needs; HTTP, JWT, SMTP and Vert.x live at the edges");

    @ArchTest
    public static final ArchRule resourcesDoNotConsumeEvents = noClasses()
            .that()
            .resideInAPackage("com.resellerplans..api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.resellerplans..messaging..", "com.resellerplans..client..")
            .because("a resource reaches other services and events only through the domain");

    @ArchTest
    public static final ArchRule consumersDoNotUseResources = noClasses()
            .that()
            .resideInAPackage("com.resellerplans..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.resellerplans..api..", "com.resellerplans..client..")
            .because("a consumer applies an event through the domain, as a resource applies a request");

    @ArchTest
    public static final ArchRule restClientsLiveInClientPackages = classes()
            .that()
            .areAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
            .should()
            .resideInAPackage("com.resellerplans..client..")
            .allowEmptyShould(true);

    private ArchitectureRules() {}
}
