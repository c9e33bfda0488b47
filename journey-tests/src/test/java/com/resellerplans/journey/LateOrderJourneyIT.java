package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.UPGRADED;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.orderable;
import static com.resellerplans.journey.Journeys.plans;
import static com.resellerplans.journey.Journeys.reason;
import static com.resellerplans.journey.Journeys.resellerCancels;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DESIGN.md "Late orders": with Kafka down, order-service cannot learn that a subscription became Pending
 * Cancellation, so it executes an upgrade; when the events flow again subscription-service refuses the late
 * change and the order ends REJECTED with the reason, the subscription untouched.
 */
@ExtendWith(RunningSuite.class)
class LateOrderJourneyIT {
    /** Consumers rejoin their groups after the broker restarts before events flow again. */
    private static final Duration AFTER_RESTART = Duration.ofSeconds(120);

    @Test
    void anUpgradeExecutedBeforeOrderServiceLearntOfTheCancellationIsRejected() {
        String distributor = newDistributor();
        Reseller reseller = newReseller(distributor, "latecomer");
        String subscriptionId = checkOutPlan(reseller, "FREE_PLAN", "latecomer");

        String orderId;
        TestServers.kafka().stop();
        try {
            resellerCancels(reseller, subscriptionId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING_CANCELLATION"));
            addToBasket(reseller.token(), "STANDARD_PLAN");
            orderId = checkout(reseller.token(), null)
                    .then()
                    .statusCode(201)
                    .body("kind", equalTo("UPGRADE"))
                    .body("status", equalTo("EXECUTED"))
                    .extract()
                    .path("id");
        } finally {
            TestServers.kafka().start();
        }

        await().atMost(AFTER_RESTART)
                .untilAsserted(() -> as(reseller.token())
                        .get("/storefront/v1/orders/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("REJECTED"))
                        .body("rejectionReason", startsWith("SUBSCRIPTION_PENDING_CANCELLATION"))
                        .body("allowedActions", empty()));
        as(operator(distributor))
                .get("/bss/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", startsWith("SUBSCRIPTION_PENDING_CANCELLATION"));

        subscription(distributor, subscriptionId)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("plan", equalTo("FREE"));
        assertThat(tierOf(reseller)).isEqualTo("FREE");
        await().atMost(AFTER_RESTART)
                .untilAsserted(() -> plans(reseller)
                        .body(orderable("STANDARD_PLAN"), equalTo(false))
                        .body(reason("STANDARD_PLAN"), equalTo("CANCELLATION_PENDING")));
        assertThat(mailsTo(reseller.email(), UPGRADED)).isEmpty();
    }
}
