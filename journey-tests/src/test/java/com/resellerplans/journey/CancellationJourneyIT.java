package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.CANCELLATION_REQUESTED;
import static com.resellerplans.journey.Journeys.CANCELLED;
import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.availability;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.awaitOrderable;
import static com.resellerplans.journey.Journeys.bothSignIn;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.draftOrder;
import static com.resellerplans.journey.Journeys.hasOrders;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.neitherSignsIn;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operatorCancels;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.resellerCancels;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.resellerplans.journey.Journeys.Reseller;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journeys 5 and 6 of the design: cancelling at the end of the term or at once, the storefront that stays
 * visible but refuses sign-in, the alias kept for the reseller alone, and coming back to the same storefront.
 */
@ExtendWith(RunningSuite.class)
class CancellationJourneyIT {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Map<String, Object> SETTINGS = Map.of(
            "markups", Map.of("default", 12.5, "byProduct", Map.of("MS365-E3", 7.5)),
            "specialPrices", List.of(Map.of("product", "MS365-E3", "customer", "acme", "price", 19.99)),
            "settings", Map.of("theme", "dark"),
            "notificationSettings", Map.of("orderConfirmations", true));

    @Test
    void resellerCancelsAtTheEndOfTermThenTheOperatorBringsItForwardAndTheResellerComesBack() {
        Reseller reseller = newReseller(newDistributor(), "leaver");
        String first = checkOutPlan(reseller, "STANDARD_PLAN", "leaver");
        awaitMail(reseller.email(), WELCOME);
        bothSignIn(reseller, "leaver");
        String storefrontId = configureStorefront(reseller);

        String effectiveAt = resellerCancels(reseller, first)
                .then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("allowedActions", empty())
                .extract()
                .path("effectiveCancellationAt");
        assertThat(awaitMail(reseller.email(), CANCELLATION_REQUESTED).subject())
                .isEqualTo(CANCELLATION_REQUESTED + DATE.format(Instant.parse(effectiveAt)));
        assertThat(tierOf(reseller)).isEqualTo("STANDARD");
        publicStorefront(reseller.distributor(), "leaver")
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("signInAllowed", equalTo(true));
        bothSignIn(reseller, "leaver");

        addToBasket(reseller.token(), "STANDARD_PLAN");
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> refused(checkout(reseller.token(), null), 409, "CANCELLATION_PENDING"));
        refused(draftOrder(reseller, "STANDARD_PLAN"), 409, "CANCELLATION_PENDING");
        refused(resellerCancels(reseller, first), 409, "SUBSCRIPTION_ALREADY_PENDING_CANCELLATION");
        hasOrders(reseller, 1);
        subscription(reseller.distributor(), first)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .body("effectiveCancellationAt", equalTo(effectiveAt))
                .body("allowedActions", contains("CANCEL"));

        operatorCancels(reseller, first, "IMMEDIATE")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history.to", contains("ACTIVE", "PENDING_CANCELLATION", "CANCELLED"))
                .body("history.channel", contains("STOREFRONT", "STOREFRONT", "BSS"))
                .body("history.actor.role", contains("reseller-admin", "reseller-admin", "bss-operator"));
        assertCancelledAndSuspended(reseller, "leaver");
        assertThat(mailsTo(reseller.email(), CANCELLATION_REQUESTED)).hasSize(1);

        Reseller newcomer = newReseller(reseller.distributor(), "newcomer");
        addToBasket(newcomer.token(), "STANDARD_PLAN");
        refused(checkout(newcomer.token(), "leaver"), 409, "ALIAS_HELD");
        hasOrders(newcomer, 0);
        assertThat(tierOf(newcomer)).isEqualTo("BASIC");

        awaitOrderable(reseller, "STANDARD_PLAN");
        checkout(reseller.token(), "leaver").then().statusCode(201).body("status", equalTo("EXECUTED"));
        String second = awaitLiveSubscription(reseller, "STANDARD");
        assertThat(second).isNotEqualTo(first);
        subscription(reseller.distributor(), first).body("status", equalTo("CANCELLED"));
        publicStorefront(reseller.distributor(), "leaver")
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("signInAllowed", equalTo(true));
        bothSignIn(reseller, "leaver");
        as(reseller.token())
                .get("/storefront/v1/storefront/settings")
                .then()
                .statusCode(200)
                .body("id", equalTo(storefrontId))
                .body("markups.default", equalTo(12.5f))
                .body("markups.byProduct.MS365-E3", equalTo(7.5f))
                .body("specialPrices[0].customer", equalTo("acme"))
                .body("settings.theme", equalTo("dark"))
                .body("notificationSettings.orderConfirmations", equalTo(true));
        await().atMost(EVENTUALLY)
                .until(() -> mailsTo(reseller.email(), WELCOME).size() == 2);
    }

    @Test
    void operatorCancelsAnActiveSubscriptionImmediately() {
        Reseller reseller = newReseller(newDistributor(), "quitter");
        String subscriptionId = checkOutPlan(reseller, "FREE_PLAN", "quitter");
        awaitMail(reseller.email(), WELCOME);
        assertThat(tierOf(reseller)).isEqualTo("FREE");
        bothSignIn(reseller, "quitter");

        operatorCancels(reseller, subscriptionId, "IMMEDIATE")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("allowedActions", empty())
                .body("history.to", contains("ACTIVE", "CANCELLED"))
                .body("history.channel", contains("STOREFRONT", "BSS"))
                .body("history[1].actor.subject", equalTo("operator@" + reseller.distributor()));

        assertCancelledAndSuspended(reseller, "quitter");
        refused(operatorCancels(reseller, subscriptionId, "IMMEDIATE"), 409, "SUBSCRIPTION_CANCELLED");
        assertThat(mailsTo(reseller.email(), CANCELLATION_REQUESTED)).isEmpty();
        as(reseller.token())
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("CANCELLED"));
    }

    @Test
    void comingBackUnderAnotherAliasPurgesTheOldStorefrontAtOnce() {
        Reseller reseller = newReseller(newDistributor(), "mover");
        String first = checkOutPlan(reseller, "FREE_PLAN", "mover");
        String oldStorefrontId = configureStorefront(reseller);
        operatorCancels(reseller, first, "IMMEDIATE").then().statusCode(200);
        assertCancelledAndSuspended(reseller, "mover");

        awaitOrderable(reseller, "FREE_PLAN");
        String second = checkOutPlan(reseller, "FREE_PLAN", "moved");

        assertThat(second).isNotEqualTo(first);
        publicStorefront(reseller.distributor(), "mover").statusCode(404).body("code", equalTo("STOREFRONT_NOT_FOUND"));
        availability(reseller.distributor(), "mover").body("available", equalTo(true));
        as(reseller.token())
                .get("/storefront/v1/storefront/settings")
                .then()
                .statusCode(200)
                .body("id", not(equalTo(oldStorefrontId)))
                .body("specialPrices", empty());
    }

    /** The reseller saves its storefront's settings document; returns the storefront's id. */
    private static String configureStorefront(Reseller reseller) {
        return as(reseller.token())
                .body(SETTINGS)
                .put("/storefront/v1/storefront/settings")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** Back on BASIC, told so by email, and its storefront shows its login page but lets nobody in. */
    private static void assertCancelledAndSuspended(Reseller reseller, String alias) {
        assertThat(tierOf(reseller)).isEqualTo("BASIC");
        awaitMail(reseller.email(), CANCELLED);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> publicStorefront(reseller.distributor(), alias)
                        .statusCode(200)
                        .body("url", equalTo(storefrontUrl(reseller.distributor(), alias)))
                        .body("status", equalTo("SUSPENDED"))
                        .body("signInAllowed", equalTo(false)));
        neitherSignsIn(reseller, alias);
    }
}
