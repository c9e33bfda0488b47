package com.resellerplans.storefront.alias.api;

import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.hold;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.storefront.EventTraffic;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A checkout's alias, held and confirmed in one call when its order executed, outlives Kafka being down for
 * hours: another reseller is refused the alias meanwhile, and the storefront takes it when the subscription event
 * finally arrives.
 */
@QuarkusTest
class ConfirmedHoldDurabilityTest {
    /** A draft's hold another reseller asks for meanwhile. */
    private static final int HOLD_SECONDS = 900;
    /** The consumer rejoins its group after the broker restarts before events flow again. */
    private static final Duration AFTER_RESTART = Duration.ofSeconds(90);

    private final Tenants tenant = Tenants.fresh();
    private final String operator = tenant.operator();

    @Inject
    MovableClock clock;

    @AfterEach
    void backToRealTimeAndKafka() {
        clock.reset();
        TestServers.kafka().start();
    }

    @Test
    void anExecutedCheckoutsAliasSurvivesKafkaBeingDownLongerThanItsHold() {
        StorefrontFixture reseller = StorefrontFixture.of(tenant);
        String orderId = Tenants.newId();
        AliasHoldsClient.holdConfirmed(
                        reseller.tenant().reseller(reseller.resellerId()), orderId, reseller.resellerId(), "outlasting")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));

        TestServers.kafka().stop();
        clock.advance(Duration.ofHours(2));

        String other = Tenants.newId();
        hold(tenant.reseller(other), Tenants.newId(), other, "outlasting", HOLD_SECONDS)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
        availability(operator, "outlasting").body("available", equalTo(false));

        TestServers.kafka().start();
        Instant now = clock.instant();
        EventTraffic.produce(
                Contracts.SUBSCRIPTION_ACTIVATED,
                reseller.resellerId(),
                new SubscriptionActivated(
                        Tenants.newId(),
                        1,
                        1,
                        reseller.snapshot(),
                        Plan.STANDARD,
                        "outlasting",
                        orderId,
                        now,
                        now.plus(Duration.ofDays(30))));
        await().atMost(AFTER_RESTART)
                .untilAsserted(
                        () -> reseller.publicView("outlasting").statusCode(200).body("status", equalTo("ACTIVE")));
        hold(tenant.reseller(other), Tenants.newId(), other, "outlasting", HOLD_SECONDS)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
    }
}
