package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.executeDraft;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operatorCancels;
import static com.resellerplans.journey.Journeys.resellerCancels;
import static com.resellerplans.journey.Journeys.subscription;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.journey.Journeys.Reseller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The subscription view's history: every state change of a whole life, each with its actor and channel. */
@ExtendWith(RunningSuite.class)
class SubscriptionHistoryJourneyIT {

    @Test
    void historyShowsEachChangeWithWhoMadeItAndThroughWhichChannel() {
        Reseller reseller = newReseller(newDistributor(), "historian");
        String operator = "operator@" + reseller.distributor();
        String admin = "admin@" + reseller.id();

        executeDraft(reseller, "FREE_PLAN", "historian");
        String id = awaitLiveSubscription(reseller, "FREE");
        addToBasket(reseller.token(), "STANDARD_PLAN");
        checkout(reseller.token(), null).then().statusCode(201).body("kind", equalTo("UPGRADE"));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> subscription(reseller.distributor(), id).body("plan", equalTo("STANDARD")));
        resellerCancels(reseller, id).then().statusCode(200);
        operatorCancels(reseller, id, "IMMEDIATE").then().statusCode(200);

        as(reseller.token())
                .get("/storefront/v1/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history", hasSize(4))
                .body("history[0].from", nullValue())
                .body("history.to", contains("ACTIVE", "ACTIVE", "PENDING_CANCELLATION", "CANCELLED"))
                .body("history.fromPlan", contains(null, "FREE", "STANDARD", "STANDARD"))
                .body("history.toPlan", contains("FREE", "STANDARD", "STANDARD", "STANDARD"))
                .body("history.actor.subject", contains(operator, admin, admin, operator))
                .body(
                        "history.actor.role",
                        contains("bss-operator", "reseller-admin", "reseller-admin", "bss-operator"))
                .body("history.channel", contains("BSS", "STOREFRONT", "STOREFRONT", "BSS"))
                .body("history.at", hasSize(4));
    }
}
