package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.availability;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.draftOrder;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.planOf;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.setAlias;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.journey.Journeys.Reseller;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 2: an operator drafts an order in the BSS, sets its alias with the pencil and executes it. */
@ExtendWith(RunningSuite.class)
class BssOrderJourneyIT {
    private final String distributor = newDistributor();
    private final String operator = operator(distributor);

    @Test
    void operatorDraftsSetsTheAliasAndExecutesBasicToStandard() {
        draftAliasAndExecute("STANDARD_PLAN");
    }

    @Test
    void operatorDraftsSetsTheAliasAndExecutesBasicToFree() {
        draftAliasAndExecute("FREE_PLAN");
    }

    /** Journey 2: the draft refuses execution without an alias, takes it with the pencil, then executes. */
    private void draftAliasAndExecute(String product) {
        Reseller reseller = newReseller(distributor, "techsolutions");
        JsonPath draft = draft(reseller, product);
        String orderId = draft.getString("id");

        refused(as(operator).post("/bss/v1/orders/" + orderId + "/execution"), 422, "ALIAS_REQUIRED");
        order(operator, orderId).body("status", equalTo("DRAFT")).body("items[0].storefrontAlias", nullValue());
        assertThat(tierOf(reseller)).isEqualTo("BASIC");

        setAlias(distributor, draft, " TechSolutions")
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("items[0].storefrontAlias", equalTo("techsolutions"));
        availability(distributor, "techsolutions").body("available", equalTo(false));

        as(operator)
                .post("/bss/v1/orders/" + orderId + "/execution")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("NEW"))
                .body("channel", equalTo("BSS"));

        String url = storefrontUrl(distributor, "techsolutions");
        String subscriptionId = awaitLiveSubscription(reseller, planOf(product));
        assertThat(tierOf(reseller)).isEqualTo(planOf(product));
        publicStorefront(distributor, "techsolutions")
                .statusCode(200)
                .body("url", equalTo(url))
                .body("status", equalTo("ACTIVE"));
        assertThat(awaitMail(reseller.email(), WELCOME).text()).contains(url);

        refused(as(operator).post("/bss/v1/orders/" + orderId + "/execution"), 409, "ORDER_ALREADY_EXECUTED");
        order(operator, orderId).body("status", equalTo("EXECUTED"));
        as(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(subscriptionId));
        assertThat(mailsTo(reseller.email(), WELCOME)).hasSize(1);
    }

    @Test
    void aDeletedDraftIsGoneAndItsAliasIsFreeAgain() {
        Reseller reseller = newReseller(distributor, "draftee");
        String orderId = freeDraftWithAlias(reseller, "draftee");
        availability(distributor, "draftee").body("available", equalTo(false));

        as(operator).delete("/bss/v1/orders/" + orderId).then().statusCode(204);

        refused(as(operator).get("/bss/v1/orders/" + orderId), 404, "ORDER_NOT_FOUND");
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> availability(distributor, "draftee")
                        .body("alias", equalTo("draftee"))
                        .body("available", equalTo(true)));
        as(operator)
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertThat(tierOf(reseller)).isEqualTo("BASIC");
    }

    /**
     * An execution that fails after confirming its hold releases it (and the reconciliation frees the confirmed
     * hold of an order that never executed): executing the draft again holds its alias anew.
     */
    @Test
    void anExecutionRetriedAfterItsHoldWasReleasedHoldsTheAliasAgain() {
        Reseller reseller = newReseller(distributor, "retried");
        String orderId = freeDraftWithAlias(reseller, "retried");
        releaseHoldAsAFailedExecutionDoes(orderId);
        availability(distributor, "retried").body("available", equalTo(true));

        as(operator)
                .post("/bss/v1/orders/" + orderId + "/execution")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"));

        awaitLiveSubscription(reseller, "FREE");
        publicStorefront(distributor, "retried").statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anExecutionWhoseReleasedAliasAnotherResellerHoldsIsRefusedAndChangesNothing() {
        Reseller first = newReseller(distributor, "contested");
        Reseller second = newReseller(distributor, "contender");
        String orderId = freeDraftWithAlias(first, "contested");
        releaseHoldAsAFailedExecutionDoes(orderId);
        String othersOrderId = freeDraftWithAlias(second, "contested");

        refused(as(operator).post("/bss/v1/orders/" + orderId + "/execution"), 409, "ALIAS_TAKEN");

        order(operator, orderId)
                .body("status", equalTo("DRAFT"))
                .body("items[0].storefrontAlias", equalTo("contested"));
        assertThat(tierOf(first)).isEqualTo("BASIC");
        as(operator)
                .post("/bss/v1/orders/" + othersOrderId + "/execution")
                .then()
                .statusCode(200);
        awaitLiveSubscription(second, "FREE");
        assertThat(tierOf(first)).isEqualTo("BASIC");
    }

    /** A FREE_PLAN draft for the reseller with the alias set by the pencil; returns the order id. */
    private String freeDraftWithAlias(Reseller reseller, String alias) {
        JsonPath draft = draft(reseller, "FREE_PLAN");
        setAlias(distributor, draft, alias).statusCode(200);
        return draft.getString("id");
    }

    /**
     * What a failed execution leaves at storefront-alias-service: the hold confirmed, then, as its transaction ends
     * without committing, released with force.
     */
    private void releaseHoldAsAFailedExecutionDoes(String orderId) {
        String storefrontAliasService =
                RunningSuite.instances("storefront-alias-service").get(0).baseUrl();
        as(operator)
                .baseUri(storefrontAliasService)
                .post("/internal/v1/alias-holds/" + orderId + "/confirmation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(operator)
                .baseUri(storefrontAliasService)
                .queryParam("force", true)
                .delete("/internal/v1/alias-holds/" + orderId)
                .then()
                .statusCode(204);
    }

    private static JsonPath draft(Reseller reseller, String product) {
        return draftOrder(reseller, product)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("kind", equalTo("NEW"))
                .body("items.product", contains(product))
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse order(String operator, String orderId) {
        return as(operator).get("/bss/v1/orders/" + orderId).then().statusCode(200);
    }
}
