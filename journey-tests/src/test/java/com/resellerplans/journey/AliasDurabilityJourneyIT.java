package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.availability;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.hasOrders;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An executed order's alias is never lost, whatever is down: the checkout confirms its hold synchronously, so
 * with Kafka stopped (no event can create the storefront) the alias is still refused to everyone else, and the
 * storefront takes it once events flow again. (That the confirmed hold also outlives its hold time is shown
 * with a moved clock in storefront-alias-service's {@code ConfirmedHoldDurabilityTest}.)
 */
@ExtendWith(RunningSuite.class)
class AliasDurabilityJourneyIT {
    /** Consumers rejoin their groups after the broker restarts before events flow again. */
    private static final Duration AFTER_RESTART = Duration.ofSeconds(120);

    @Test
    void anAliasCheckedOutWhileKafkaIsDownIsRefusedToOthersAndBecomesTheStorefrontOnceKafkaIsBack() {
        String distributor = newDistributor();
        Reseller first = newReseller(distributor, "first");
        Reseller second = newReseller(distributor, "second");
        addToBasket(first.token(), "STANDARD_PLAN");
        addToBasket(second.token(), "STANDARD_PLAN");

        TestServers.kafka().stop();
        try {
            checkout(first.token(), "durable").then().statusCode(201).body("status", equalTo("EXECUTED"));
            refused(checkout(second.token(), "durable"), 409, "ALIAS_TAKEN");
            availability(distributor, "durable").body("available", equalTo(false));
            publicStorefront(distributor, "durable").statusCode(404);
        } finally {
            TestServers.kafka().start();
        }
        hasOrders(second, 0);

        await().atMost(AFTER_RESTART)
                .untilAsserted(() -> publicStorefront(distributor, "durable")
                        .statusCode(200)
                        .body("status", equalTo("ACTIVE"))
                        .body("url", equalTo(storefrontUrl(distributor, "durable"))));
        as(first.token())
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].storefrontAlias", equalTo("durable"));
        assertThat(tierOf(first)).isEqualTo("STANDARD");
        assertThat(awaitMail(first.email(), WELCOME).text()).contains(storefrontUrl(distributor, "durable"));
        assertThat(tierOf(second)).isEqualTo("BASIC");
        refused(checkout(second.token(), "durable"), 409, "ALIAS_TAKEN");
    }
}
