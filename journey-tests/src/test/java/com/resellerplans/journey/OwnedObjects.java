package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.draftOrder;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.setAlias;
import static org.awaitility.Awaitility.await;

import com.resellerplans.journey.HostileRequests.Caller;
import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One distributor's objects for the hostile-input test, made through the gateway: a reseller with a live Free
 * subscription, storefront, executed order and welcome delivery; a reseller whose BSS draft holds an alias;
 * a reseller with the Standard plan in its basket. {@link #snapshot} is what they look like to their owners.
 */
final class OwnedObjects {
    final String distributor;
    final Reseller live;
    final Reseller drafted;
    final Reseller shopper;
    final String liveAlias;
    final String draftAlias;
    final String draftId;
    final String draftItemId;
    final String operatorToken;
    /** A second operator identity, so the checks never spend the hostile caller's rate-limit budget. */
    final String observerToken;

    private final String liveOrderId;
    private final String subscriptionId;
    private final String basketItemId;
    private final String deliveryId;

    OwnedObjects() {
        distributor = newDistributor();
        operatorToken = operator(distributor);
        observerToken = TestServers.tokens()
                .mint("observer@" + distributor, TokenMinter.GROUP_OPERATOR, distributor, null, 4 * 3600);
        live = newReseller(distributor, "live");
        liveAlias = "live-" + distributor;
        subscriptionId = checkOutPlan(live, "FREE_PLAN", liveAlias);
        liveOrderId = as(live.token())
                .get("/storefront/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        awaitMail(live.email(), WELCOME);

        drafted = newReseller(distributor, "drafted");
        JsonPath draft = draftOrder(drafted, "STANDARD_PLAN")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        draftId = draft.getString("id");
        draftItemId = draft.getString("items[0].id");
        draftAlias = "drafted-" + distributor;
        setAlias(distributor, draft, draftAlias).statusCode(200);

        shopper = newReseller(distributor, "shopper");
        addToBasket(shopper.token(), "STANDARD_PLAN");
        basketItemId = as(shopper.token())
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        deliveryId = await().atMost(EVENTUALLY)
                .until(
                        () -> as(operatorToken)
                                .get("/bss/v1/notifications/deliveries")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("items.find { it.status == 'SENT' }.id"),
                        id -> id != null);
    }

    /** The operator of the distributor, its own objects named by the collection segment of their paths. */
    Caller operatorCaller() {
        Map<String, List<String>> own = new LinkedHashMap<>();
        own.put("resellers", List.of(live.id(), drafted.id(), shopper.id()));
        own.put("orders", List.of(liveOrderId, draftId));
        own.put("items", List.of(draftItemId));
        own.put("subscriptions", List.of(subscriptionId));
        own.put("templates", List.of("subscription-upgraded", "welcome-standard-reseller-storefront"));
        own.put("versions", List.of("1"));
        own.put("aliases", List.of(liveAlias, draftAlias));
        own.put("deliveries", List.of(deliveryId));
        own.put("distributors", List.of(distributor));
        own.put("storefronts", List.of(liveAlias));
        return new Caller(operatorToken, live.token(), own);
    }

    /** The live reseller's admin: its order, subscription and storefront. */
    Caller liveCaller() {
        Map<String, List<String>> own = new LinkedHashMap<>();
        own.put("resellers", List.of(live.id()));
        own.put("orders", List.of(liveOrderId));
        own.put("subscriptions", List.of(subscriptionId));
        own.put("aliases", List.of(liveAlias));
        own.put("distributors", List.of(distributor));
        own.put("storefronts", List.of(liveAlias));
        return new Caller(live.token(), operatorToken, own);
    }

    /** The shopper's admin: the Standard plan in its basket, no alias yet. */
    Caller shopperCaller() {
        Map<String, List<String>> own = new LinkedHashMap<>();
        own.put("resellers", List.of(shopper.id()));
        own.put("items", List.of(basketItemId));
        own.put("distributors", List.of(distributor));
        own.put("storefronts", List.of(liveAlias));
        return new Caller(shopper.token(), operatorToken, own);
    }

    /** What holds or binds an alias: the orders with their lines' aliases, the storefronts, the shopper's basket. */
    Map<String, String> holdings() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of("/bss/v1/orders?limit=100", "/bss/v1/storefronts?limit=100")) {
            seen.put(
                    path,
                    as(observerToken).get(path).then().statusCode(200).extract().asString());
        }
        seen.put(
                "shopper: /storefront/v1/basket",
                as(shopper.token())
                        .get("/storefront/v1/basket")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        return seen;
    }

    /**
     * Everything a hostile request could have stored or changed, as the owners see it: resellers, orders (with
     * their lines' aliases), subscriptions, storefronts, deliveries, baskets, settings and setup documents.
     */
    Map<String, String> snapshot() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : List.of(
                "/bss/v1/resellers?limit=100",
                "/bss/v1/orders?limit=100",
                "/bss/v1/subscriptions?limit=100",
                "/bss/v1/storefronts?limit=100",
                "/bss/v1/notifications/deliveries?limit=100",
                "/bss/v1/setup/storefront",
                "/bss/v1/setup/subscriptions",
                "/bss/v1/setup/notifications/sender",
                "/bss/v1/setup/notifications/templates/subscription-upgraded",
                "/bss/v1/setup/notifications/templates/subscription-upgraded/recipients",
                "/bss/v1/setup/notifications/templates/welcome-standard-reseller-storefront/versions")) {
            seen.put(
                    path,
                    as(observerToken).get(path).then().statusCode(200).extract().asString());
        }
        seen.put(
                "live: /storefront/v1/storefront/settings",
                as(live.token())
                        .get("/storefront/v1/storefront/settings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        seen.put(
                "live: /storefront/v1/basket",
                as(live.token())
                        .get("/storefront/v1/basket")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        seen.put(
                "shopper: /storefront/v1/basket",
                as(shopper.token())
                        .get("/storefront/v1/basket")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        return seen;
    }
}
