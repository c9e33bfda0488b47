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
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.journey.PartnerApi.Operation;
import com.resellerplans.localservers.TestServers;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One distributor with a reseller that owns one of everything a route can name — a live Free subscription and its
 * storefront, an executed order, a BSS draft, a basket item, a sent welcome email — and a second reseller. Turns
 * a documented path template into the path of the owner's object, or of a missing one.
 */
final class ApiFixture {
    static final String TEMPLATE_KEY = "welcome-standard-reseller-storefront";
    /** An alias nobody holds, for availability checks. */
    static final String FREE_ALIAS = "matrix-free-alias";

    final String distributor;
    final Reseller owner;
    final Reseller otherReseller;
    final String alias;
    final String subscriptionId;
    final String orderId;
    final String draftId;
    final String draftItemId;
    final String basketItemId;
    final String deliveryId;

    /** A path and a body, ready to send. */
    record Request(String method, String path, Object bodyOrNull) {
        Response by(String tokenOrNull) {
            RequestSpecification request = tokenOrNull == null
                    ? given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    : as(tokenOrNull);
            if (bodyOrNull != null) {
                request.body(bodyOrNull);
            }
            return request.request(method, path);
        }
    }

    ApiFixture() {
        distributor = newDistributor();
        owner = newReseller(distributor, "owner");
        otherReseller = newReseller(distributor, "other");
        alias = "owner-" + distributor;
        subscriptionId = checkOutPlan(owner, "FREE_PLAN", alias);
        orderId = as(owner.token())
                .get("/storefront/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        JsonPath draft = draftOrder(owner, "STANDARD_PLAN")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        draftId = draft.getString("id");
        draftItemId = draft.getString("items[0].id");
        addToBasket(owner.token(), "STANDARD_PLAN");
        basketItemId = as(owner.token())
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        awaitMail(owner.email(), WELCOME);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as(operator(distributor))
                        .get("/bss/v1/notifications/deliveries")
                        .then()
                        .statusCode(200)
                        .body("items", not(hasSize(0)))
                        .body("items.status", everyItem(equalTo("SENT"))));
        deliveryId = as(operator(distributor))
                .get("/bss/v1/notifications/deliveries")
                .then()
                .extract()
                .path("items[0].id");
    }

    String subCustomerToken() {
        return TestServers.tokens().subCustomer(distributor, owner.id());
    }

    /** The operation aimed at the owner's objects, with its documented example (ids made the owner's). */
    Request owners(Operation operation) {
        return new Request(operation.method(), path(operation, false), body(operation, false));
    }

    /** The same operation aimed at objects that do not exist. */
    Request missing(Operation operation) {
        return new Request(operation.method(), path(operation, true), body(operation, true));
    }

    /** Whether the operation names one of this distributor's objects (in its path or body). */
    boolean namesAnObject(Operation operation) {
        return !path(operation, false).equals(path(operation, true))
                || !String.valueOf(body(operation, false)).equals(String.valueOf(body(operation, true)));
    }

    /** The identifiers that no caller outside the distributor (or, for the Storefront API, the reseller) may see. */
    Set<String> secretsFrom(PartnerApi.Family family) {
        List<String> secrets = new ArrayList<>(
                List.of(owner.id(), alias, subscriptionId, orderId, draftId, draftItemId, basketItemId, deliveryId));
        if (family == PartnerApi.Family.BSS) {
            secrets.add(distributor);
            secrets.add(otherReseller.id());
        }
        return Set.copyOf(secrets);
    }

    private String path(Operation operation, boolean missing) {
        String[] segments = operation.template().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] = value(operation, segments[i - 1], segments[i], missing);
            }
        }
        return String.join("/", segments);
    }

    private String value(Operation operation, String after, String parameter, boolean missing) {
        String unknown = UUID.randomUUID().toString();
        String value = switch (after + "/" + parameter) {
            case "distributors/{distributorId}" -> distributor;
            case "storefronts/{alias}" -> missing ? "gone-" + distributor : alias;
            case "aliases/{alias}" -> FREE_ALIAS;
            case "resellers/{id}" -> missing ? unknown : owner.id();
            case "subscriptions/{id}" -> missing ? unknown : subscriptionId;
            case "deliveries/{id}" -> missing ? unknown : deliveryId;
            case "templates/{key}" -> TEMPLATE_KEY;
            case "versions/{number}" -> "1";
            case "items/{itemId}" ->
                operation.template().startsWith("/storefront/v1/basket")
                        ? (missing ? unknown : basketItemId)
                        : (missing ? unknown : draftItemId);
            case "orders/{id}" -> missing ? unknown : operation.template().startsWith("/bss/") ? draftId : orderId;
            default -> null;
        };
        if (value == null) {
            throw new AssertionError(operation + ": no fixture for " + parameter + " after '" + after
                    + "'; teach ApiFixture what object it names");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Object body(Operation operation, boolean missing) {
        Object example = operation.requestExample().orElse(null);
        if (example instanceof Map<?, ?> members && members.containsKey("resellerId")) {
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) members);
            body.put("resellerId", missing ? UUID.randomUUID().toString() : owner.id());
            return body;
        }
        return example instanceof Map<?, ?> members ? new HashMap<>(members) : example;
    }
}
