package com.resellerplans.subscription.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.outbox.OutboxMessage;
import com.resellerplans.subscription.domain.StorefrontRecords;
import com.resellerplans.subscription.domain.SubscriptionLifecycle;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.LostWrites;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A cancellation whose transaction read the subscription just before a consumer changed it: the consumer's
 * change commits between the cancellation's read and its write, every time (the consumer's transaction is held
 * open on the row). The cancellation runs again on the changed subscription; its caller never sees a 500, at worst
 * {@code 409 CONCURRENT_UPDATE} with nothing done (as a setup change whose every write is lost at commit).
 */
@QuarkusTest
class CancellationRaceTest {
    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);

    @Inject
    SubscriptionLifecycle lifecycle;

    @Inject
    StorefrontRecords storefronts;

    @Inject
    EntityManager entityManager;

    @Test
    void aStorefrontCancellationRacingAnUpgradeBeingAppliedIsAppliedToTheUpgradedSubscription() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.FREE);
        String resellerAdmin = TestServers.tokens().reseller(distributor, reseller.id());

        Response answer = racing(
                () -> lifecycle.applyExecutedOrder(EventRecords.upgradeOrder(reseller, id)),
                () -> given().auth()
                        .oauth2(resellerAdmin)
                        .post("/storefront/v1/subscriptions/{id}/cancellation", id)
                        .andReturn());

        answer.then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("plan", equalTo("STANDARD"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200)
                .body("history", hasSize(3))
                .body("history[1].toPlan", equalTo("STANDARD"))
                .body("history[2].to", equalTo("PENDING_CANCELLATION"))
                .body("history[2].channel", equalTo("STOREFRONT"));
        assertThat(typesPublishedFor(reseller))
                .containsExactly(
                        Contracts.SUBSCRIPTION_ACTIVATED.type(),
                        Contracts.SUBSCRIPTION_UPGRADED.type(),
                        Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED.type());
    }

    @Test
    void aKeyedBssCancellationRacingAStorefrontChangeIsAppliedOnceAndItsAnswerReplayed() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.STANDARD);
        String url = "https://" + distributor + ".stores.example/raced";
        String key = UUID.randomUUID().toString();
        Supplier<Response> cancellation = () -> given().auth()
                .oauth2(operator)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{\"effective\": \"IMMEDIATE\"}")
                .post("/bss/v1/subscriptions/{id}/cancellation", id)
                .andReturn();

        Response answer = racing(
                () -> storefronts.activated(new StorefrontActivated(
                        UUID.randomUUID().toString(),
                        1,
                        reseller,
                        id,
                        "alias-" + reseller.id().substring(0, 8),
                        url,
                        Plan.STANDARD,
                        false,
                        Instant.now())),
                cancellation);

        answer.then().statusCode(200).body("status", equalTo("CANCELLED")).body("storefrontUrl", equalTo(url));
        Response replay = cancellation.get();
        replay.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(answer.asString());
        assertThat(typesPublishedFor(reseller))
                .containsExactly(Contracts.SUBSCRIPTION_ACTIVATED.type(), Contracts.SUBSCRIPTION_CANCELLED.type());
    }

    @Test
    void aCancellationThatLosesEveryRaceIsRefusedWithNothingDoneAndItsKeyLeftFreeForARetry() throws Exception {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.STANDARD);
        String key = UUID.randomUUID().toString();
        Supplier<Response> cancellation = () -> given().auth()
                .oauth2(operator)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{\"effective\": \"IMMEDIATE\"}")
                .post("/bss/v1/subscriptions/{id}/cancellation", id)
                .andReturn();

        try (LostWrites lost = LostWrites.of("subscription", "id", id)) {
            cancellation
                    .get()
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("CONCURRENT_UPDATE"));
        }

        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("history", hasSize(1));
        assertThat(typesPublishedFor(reseller)).containsExactly(Contracts.SUBSCRIPTION_ACTIVATED.type());
        Response retried = cancellation.get();
        retried.then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(retried.getHeader("Idempotency-Replayed")).isNull();
    }

    @Test
    void aSetupChangeLosingEveryRaceAtCommitIsRefusedWithNothingChanged() throws Exception {
        putDefaultPolicy("IMMEDIATE").statusCode(200);

        try (LostWrites lost = LostWrites.of("subscription_settings", "distributor_id", distributor)) {
            putDefaultPolicy("END_OF_TERM")
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("CONCURRENT_UPDATE"));
        }

        given().auth()
                .oauth2(operator)
                .get("/bss/v1/setup/subscriptions")
                .then()
                .statusCode(200)
                .body("defaultCancellationPolicy", equalTo("IMMEDIATE"));
    }

    private ValidatableResponse putDefaultPolicy(String policy) {
        return given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"defaultCancellationPolicy\": \"" + policy + "\"}")
                .put("/bss/v1/setup/subscriptions")
                .then();
    }

    /**
     * Writes {@code change} and keeps its transaction open, sends {@code command}, lets the change commit once
     * the command waits to write the same row, and answers what the command answered.
     */
    private Response racing(Runnable change, Supplier<Response> command) {
        try (HeldTransaction held = HeldTransaction.open("subscriptions", entityManager, change)) {
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(command);
            held.awaitSomeoneWaiting();
            held.commit();
            return answer.join();
        }
    }

    private String activate(ResellerSnapshot reseller, Plan plan) {
        lifecycle.applyExecutedOrder(EventRecords.newOrder(reseller, plan));
        return given().auth()
                .oauth2(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
    }

    private List<String> typesPublishedFor(ResellerSnapshot reseller) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("from OutboxMessage where key = ?1 order by occurredAt", OutboxMessage.class)
                        .setParameter(1, reseller.id())
                        .getResultStream()
                        .map(OutboxMessage::type)
                        .toList());
    }
}
