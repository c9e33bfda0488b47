package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.routing.Route;
import com.resellerplans.gateway.routing.Routes;
import com.resellerplans.gateway.routing.Service;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A partner document: the public paths of one API family, gathered from the services that serve them. */
enum ApiFamily {
    BSS("Reseller Plans BSS API", "The back-office API for a distributor's operators.", List.of("/bss/")),
    STOREFRONT(
            "Reseller Plans Storefront API",
            "The self-service API for resellers, and the public storefront pages and sign-in.",
            List.of("/storefront/", "/public/"));

    final String title;
    final String description;
    private final List<String> pathPrefixes;

    ApiFamily(String title, String description, List<String> pathPrefixes) {
        this.title = title;
        this.description = description;
        this.pathPrefixes = pathPrefixes;
    }

    /** The services that serve at least one route of this family. */
    Set<Service> services() {
        return Routes.all().stream()
                .filter(route -> belongs(route.prefix()))
                .map(Route::service)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Service.class)));
    }

    /**
     * Whether a path a service documents goes into this family's document: it must be public, of
     * this family, and routed by the gateway to that very service (so a service's internal or
     * mis-declared paths never show).
     */
    boolean publishes(String path, Service documentedBy) {
        return belongs(path)
                && Routes.find(path)
                        .map(Route::service)
                        .filter(documentedBy::equals)
                        .isPresent();
    }

    private boolean belongs(String path) {
        return pathPrefixes.stream().anyMatch(path::startsWith);
    }
}
