package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.UPGRADED;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.hasOrders;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.journey.Journeys.Reseller;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 4 of the design: Free to Standard, in the storefront and in the BSS; same subscription, same storefront. */
@ExtendWith(RunningSuite.class)
class UpgradeJourneyIT {

    @Test
    void freeResellerUpgradesInItsStorefrontWithoutAnAlias() {
        Reseller reseller = newReseller(newDistributor(), "growing");
        String subscriptionId = checkOutPlan(reseller, "FREE_PLAN", "growing");
        awaitMail(reseller.email(), WELCOME);

        addToBasket(reseller.token(), "STANDARD_PLAN");
        refused(checkout(reseller.token(), "growing-more"), 422, "ALIAS_NOT_ALLOWED_ON_UPGRADE");
        as(reseller.token()).get("/storefront/v1/basket").then().statusCode(200).body("items", hasSize(1));
        hasOrders(reseller, 1);
        subscription(reseller.distributor(), subscriptionId).body("plan", equalTo("FREE"));

        checkout(reseller.token(), null)
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("UPGRADE"))
                .body("items[0].product", equalTo("STANDARD_PLAN"));

        assertUpgradedInPlace(reseller, subscriptionId, "growing");
    }

    @Test
    void operatorUpgradesAFreeSubscriptionInTheBss() {
        Reseller reseller = newReseller(newDistributor(), "climber");
        String subscriptionId = checkOutPlan(reseller, "FREE_PLAN", "climber");
        awaitMail(reseller.email(), WELCOME);

        as(operator(reseller.distributor()))
                .body(Map.of("product", "STANDARD_PLAN"))
                .post("/bss/v1/subscriptions/" + subscriptionId + "/upgrade")
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("UPGRADE"))
                .body("channel", equalTo("BSS"))
                .body("subscriptionId", equalTo(subscriptionId));

        assertUpgradedInPlace(reseller, subscriptionId, "climber");
    }

    @Test
    void anUpgradeCheckedOutRightAfterTheFirstPlanUpgradesTheNewSubscription() {
        Reseller reseller = newReseller(newDistributor(), "hasty");
        addToBasket(reseller.token(), "FREE_PLAN");
        checkout(reseller.token(), "hasty").then().statusCode(201).body("kind", equalTo("NEW"));

        // order-service has most likely not heard of the new subscription yet, so the upgrade names none
        addToBasket(reseller.token(), "STANDARD_PLAN");
        checkout(reseller.token(), null).then().statusCode(201).body("kind", equalTo("UPGRADE"));

        String subscriptionId = awaitLiveSubscription(reseller, "STANDARD");
        assertUpgradedInPlace(reseller, subscriptionId, "hasty");
        as(reseller.token())
                .get("/storefront/v1/orders")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("EXECUTED")));
    }

    private static void assertUpgradedInPlace(Reseller reseller, String subscriptionId, String alias) {
        String url = storefrontUrl(reseller.distributor(), alias);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> subscription(reseller.distributor(), subscriptionId)
                        .body("status", equalTo("ACTIVE"))
                        .body("plan", equalTo("STANDARD"))
                        .body("storefrontUrl", equalTo(url)));
        as(reseller.token())
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertThat(tierOf(reseller)).isEqualTo("STANDARD");
        publicStorefront(reseller.distributor(), alias)
                .statusCode(200)
                .body("url", equalTo(url))
                .body("status", equalTo("ACTIVE"));

        assertThat(awaitMail(reseller.email(), UPGRADED).text()).contains(url);
        // the welcome and the upgrade email are sent by different senders, in either order
        awaitMail(reseller.email(), WELCOME);
        assertThat(mailsTo(reseller.email(), WELCOME)).hasSize(1);
    }
}
