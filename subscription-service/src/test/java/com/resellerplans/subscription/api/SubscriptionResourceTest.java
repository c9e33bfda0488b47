package com.resellerplans.subscription.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.subscription.domain.SubscriptionLifecycle;
import com.resellerplans.subscription.support.EventRecords;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionResourceTest {
    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);

    @Inject
    SubscriptionLifecycle lifecycle;

    @Inject
    EntityManager entityManager;

    @Test
    void operatorsSeeTheViewWithHistoryAndAllowedActions() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.FREE);

        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("resellerId", equalTo(reseller.id()))
                .body("resellerName", equalTo(reseller.name()))
                .body("plan", equalTo("FREE"))
                .body("status", equalTo("ACTIVE"))
                .body("storefrontAlias", notNullValue())
                .body("storefrontUrl", nullValue())
                .body("startedAt", notNullValue())
                .body("termEndsAt", notNullValue())
                .body("effectiveCancellationAt", nullValue())
                .body("allowedActions", contains("UPGRADE", "CANCEL"))
                .body("history", hasSize(1))
                .body("history[0].from", nullValue())
                .body("history[0].to", equalTo("ACTIVE"))
                .body("history[0].toPlan", equalTo("FREE"))
                .body("history[0].actor.subject", equalTo("admin@" + reseller.id()))
                .body("history[0].channel", equalTo("STOREFRONT"));
    }

    @Test
    void operatorsFilterByStatusPlanAndReseller() {
        ResellerSnapshot free = EventRecords.reseller(distributor);
        ResellerSnapshot standard = EventRecords.reseller(distributor);
        String freeId = activate(free, Plan.FREE);
        String standardId = activate(standard, Plan.STANDARD);

        list("plan", "FREE").body("items", hasSize(1)).body("items[0].id", equalTo(freeId));
        list("plan", "STANDARD")
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(standardId))
                .body("items[0].allowedActions", contains("CANCEL"));
        list("resellerId", standard.id()).body("items", hasSize(1)).body("items[0].id", equalTo(standardId));
        list("status", "ACTIVE").body("items", hasSize(2));
        list("status", "CANCELLED").body("items", hasSize(0));
        given().auth()
                .oauth2(TestServers.tokens().operator("other-" + distributor))
                .get("/bss/v1/subscriptions/{id}", freeId)
                .then()
                .statusCode(404)
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
    }

    @Test
    void theInternalRouteAnswersTheTokensDistributorAndAResellerItsOwnOnly() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        ResellerSnapshot other = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.FREE);
        String othersId = activate(other, Plan.STANDARD);

        given().auth()
                .oauth2(operator)
                .get("/internal/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("distributorId", equalTo(distributor))
                .body("resellerId", equalTo(reseller.id()))
                .body("plan", equalTo("FREE"))
                .body("status", equalTo("ACTIVE"));
        String resellerToken = TestServers.tokens().reseller(distributor, reseller.id());
        given().auth()
                .oauth2(resellerToken)
                .get("/internal/v1/subscriptions/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        given().auth()
                .oauth2(resellerToken)
                .get("/internal/v1/subscriptions/{id}", othersId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        given().auth()
                .oauth2(TestServers.tokens().operator("other-" + distributor))
                .get("/internal/v1/subscriptions/{id}", id)
                .then()
                .statusCode(404)
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        given().auth()
                .oauth2(TestServers.tokens().subCustomer(distributor, reseller.id()))
                .get("/internal/v1/subscriptions/{id}", id)
                .then()
                .statusCode(403);
        given().get("/internal/v1/subscriptions/{id}", id).then().statusCode(401);
    }

    @Test
    void anUnknownFilterValueIsAnInvalidRequest() {
        given().auth()
                .oauth2(operator)
                .queryParam("status", "SLEEPING")
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aResellerSeesOnlyItsOwnSubscriptions() {
        ResellerSnapshot mine = EventRecords.reseller(distributor);
        ResellerSnapshot theirs = EventRecords.reseller(distributor);
        String mineId = activate(mine, Plan.FREE);
        String theirsId = activate(theirs, Plan.STANDARD);
        String token = TestServers.tokens().reseller(distributor, mine.id());

        given().auth()
                .oauth2(token)
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(mineId))
                .body("items[0].allowedActions", contains("UPGRADE", "CANCEL"));
        given().auth()
                .oauth2(token)
                .get("/storefront/v1/subscriptions/{id}", theirsId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        given().auth()
                .oauth2(token)
                .post("/storefront/v1/subscriptions/{id}/cancellation", theirsId)
                .then()
                .statusCode(404)
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", theirsId)
                .then()
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(token).get("/bss/v1/subscriptions").then().statusCode(403);
        given().auth()
                .oauth2(operator)
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(403);
    }

    @Test
    void cancellationRunsThroughPendingToCancelledWithItsRefusals() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.STANDARD);
        String token = TestServers.tokens().reseller(distributor, reseller.id());

        String termEnd = given().auth()
                .oauth2(token)
                .post("/storefront/v1/subscriptions/{id}/cancellation", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("allowedActions", hasSize(0))
                .body("history", hasSize(2))
                .body("history[1].channel", equalTo("STOREFRONT"))
                .extract()
                .path("termEndsAt");
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .body("effectiveCancellationAt", equalTo(termEnd))
                .body("allowedActions", contains("CANCEL"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", reseller.id())
                .then()
                .body("tier", equalTo("STANDARD"));

        given().auth()
                .oauth2(token)
                .post("/storefront/v1/subscriptions/{id}/cancellation", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("SUBSCRIPTION_ALREADY_PENDING_CANCELLATION"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .body("history", hasSize(2))
                .body("effectiveCancellationAt", equalTo(termEnd));

        cancel(id, "{\"effective\": \"IMMEDIATE\"}")
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("allowedActions", hasSize(0))
                .body("history", hasSize(3))
                .body("history[2].from", equalTo("PENDING_CANCELLATION"))
                .body("history[2].actor.role", equalTo("bss-operator"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", reseller.id())
                .then()
                .body("tier", equalTo("BASIC"))
                .body("currentSubscriptionId", nullValue());

        cancel(id, "{\"effective\": \"IMMEDIATE\"}").statusCode(409).body("code", equalTo("SUBSCRIPTION_CANCELLED"));
        cancel(id, "{\"effective\": \"SOMETIMES\"}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("field", equalTo("effective"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .body("history", hasSize(3));

        try (TopicReader published = new TopicReader(Contracts.SUBSCRIPTION_CANCELLED.topic())) {
            await().atMost(Duration.ofSeconds(45))
                    .until(() -> published
                                            .records(
                                                    reseller.id(), Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED.type())
                                            .size()
                                    == 1
                            && published
                                            .records(reseller.id(), Contracts.SUBSCRIPTION_CANCELLED.type())
                                            .size()
                                    == 1);
        }
    }

    @Test
    void aBssCancellationWithoutPolicyFollowsTheDistributorsSetup() {
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/setup/subscriptions")
                .then()
                .statusCode(200)
                .body("defaultCancellationPolicy", equalTo("END_OF_TERM"));
        String first = activate(EventRecords.reseller(distributor), Plan.FREE);
        cancel(first, "{}").statusCode(200).body("status", equalTo("PENDING_CANCELLATION"));

        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"defaultCancellationPolicy\": \"IMMEDIATE\"}")
                .put("/bss/v1/setup/subscriptions")
                .then()
                .statusCode(200)
                .body("defaultCancellationPolicy", equalTo("IMMEDIATE"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"defaultCancellationPolicy\": \"END_OF_TERM\", \"retentionDays\": 3}")
                .put("/bss/v1/setup/subscriptions")
                .then()
                .statusCode(422)
                .body("code", equalTo("UNKNOWN_FIELD"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/setup/subscriptions")
                .then()
                .body("defaultCancellationPolicy", equalTo("IMMEDIATE"));

        String second = activate(EventRecords.reseller(distributor), Plan.FREE);
        cancel(second, "{}").statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void theSchedulerCancelsDuePendingSubscriptions() {
        ResellerSnapshot reseller = EventRecords.reseller(distributor);
        String id = activate(reseller, Plan.STANDARD);
        cancel(id, "{\"effective\": \"END_OF_TERM\"}").statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE subscription SET effective_cancellation_at = now() - interval '1 minute' WHERE id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());

        lifecycle.cancelDue();

        given().auth()
                .oauth2(operator)
                .get("/bss/v1/subscriptions/{id}", id)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("history", hasSize(3))
                .body("history[2].actor.subject", equalTo("scheduler"))
                .body("history[2].channel", equalTo("SCHEDULER"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", reseller.id())
                .then()
                .body("tier", equalTo("BASIC"));
    }

    private String activate(ResellerSnapshot reseller, Plan plan) {
        lifecycle.applyExecutedOrder(EventRecords.newOrder(reseller, plan));
        return list("resellerId", reseller.id())
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
    }

    private ValidatableResponse list(String filter, String value) {
        return given().auth()
                .oauth2(operator)
                .queryParam(filter, value)
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200);
    }

    private ValidatableResponse cancel(String id, String body) {
        return given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/bss/v1/subscriptions/{id}/cancellation", id)
                .then();
    }
}
