package com.resellerplans.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The routing table without Quarkus: each public prefix to its service, everything else nowhere. */
class RoutesTest {

    @ParameterizedTest
    @CsvSource({
        "/bss/v1/resellers, SUBSCRIPTION",
        "/bss/v1/resellers/r-1, SUBSCRIPTION",
        "/bss/v1/subscriptions/s-1/upgrade, ORDER",
        "/bss/v1/subscriptions/s-1/cancellation, SUBSCRIPTION",
        "/bss/v1/subscriptions, SUBSCRIPTION",
        "/bss/v1/setup/subscriptions, SUBSCRIPTION",
        "/bss/v1/orders/o-1/items/i-1, ORDER",
        "/bss/v1/aliases/techsolutions/availability, STOREFRONT",
        "/bss/v1/storefronts, STOREFRONT",
        "/bss/v1/setup/storefront, STOREFRONT",
        "/bss/v1/setup/notifications/templates/subscription-upgraded/versions/2/restore, NOTIFICATION",
        "/bss/v1/notifications/deliveries/d-1/resend, NOTIFICATION",
        "/storefront/v1/plans, ORDER",
        "/storefront/v1/basket/checkout, ORDER",
        "/storefront/v1/orders/o-1, ORDER",
        "/storefront/v1/subscriptions/s-1/cancellation, SUBSCRIPTION",
        "/storefront/v1/aliases/techsolutions/availability, STOREFRONT",
        "/storefront/v1/storefront/settings, STOREFRONT",
        "/public/v1/distributors/disti-1/storefronts/techsolutions, STOREFRONT",
        "/public/v1/distributors/disti-1/storefronts/techsolutions/sign-in, STOREFRONT",
    })
    void eachPrefixGoesToItsService(String path, Service expected) {
        assertThat(Routes.find(path)).map(Route::service).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/q/health",
                "/q/openapi",
                "/internal/v1/resellers/r-1",
                "/bss",
                "/bss/v1",
                "/bss/v1/resellersX",
                "/bss/v2/resellers",
                "/storefront/v1/internal",
                "/public/v1/distributors",
                "/public/v1/distributors//storefronts",
                "/public/v1/storefronts/techsolutions",
            })
    void anythingElseIsNotRouted(String path) {
        assertThat(Routes.find(path)).isEmpty();
    }

    @Test
    void theTableListsDeeperPrefixesFirst() {
        assertThat(Routes.all()).extracting(Route::depth).isSortedAccordingTo((a, b) -> b - a);
    }
}
