package com.resellerplans.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.order.TestData;
import com.resellerplans.order.position.domain.PlanPositionUpdates;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A BSS upgrade whose transaction read the reseller's plan position just before the consumer applied the
 * subscription's cancellation request to it (held open on the row, so the race happens every time): the upgrade
 * runs again on the changed position and is refused for what it finds, never answered 500.
 */
@QuarkusTest
class BssUpgradeRaceTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();

    @Inject
    TestData data;

    @Inject
    PlanPositionUpdates updates;

    @Inject
    EntityManager entityManager;

    @Test
    void anUpgradeRacingTheCancellationRequestOfItsSubscriptionIsRefusedForIt() {
        data.position(distributor, reseller, Tier.FREE, "sub-1", false);
        ResellerSnapshot snapshot = new ResellerSnapshot(
                reseller, distributor, "Tech Solutions", new Contact("Ann Lee", "ann@techsolutions.example"));
        SubscriptionCancellationRequested requested = new SubscriptionCancellationRequested(
                "sub-1",
                3,
                1,
                snapshot,
                Plan.FREE,
                Instant.parse("2026-12-28T10:00:00Z"),
                new Actor("operator@" + distributor, "bss-operator"),
                Channel.BSS,
                Instant.now());

        Response answer;
        try (HeldTransaction cancellation = HeldTransaction.open(
                "orders",
                entityManager,
                () -> updates.cancellationRequested(
                        new EventEnvelope(
                                UUID.randomUUID().toString(),
                                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED.type(),
                                "/test",
                                Instant.now(),
                                reseller),
                        requested))) {
            CompletableFuture<Response> upgrade = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(TestData.operatorToken(distributor))
                    .contentType(ContentType.JSON)
                    .body("{\"product\":\"STANDARD_PLAN\"}")
                    .post("/bss/v1/subscriptions/sub-1/upgrade")
                    .andReturn());
            cancellation.awaitSomeoneWaiting(); // the upgrade read the position and waits to lock it
            cancellation.commit();
            answer = upgrade.join();
        }

        answer.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("CANCELLATION_PENDING"));
        assertThat(data.count("orders", distributor)).isZero();
        assertThat(data.outboxEvents(reseller)).isZero();
        assertThat(data.position(distributor, reseller).orElseThrow().cancellationPending())
                .isTrue();
        assertThat(data.position(distributor, reseller).orElseThrow().tier()).isEqualTo(Tier.FREE);
    }
}
