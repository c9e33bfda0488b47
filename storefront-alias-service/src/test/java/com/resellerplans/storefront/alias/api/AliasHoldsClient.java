package com.resellerplans.storefront.alias.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** The internal alias-hold routes and the availability routes as the order service and frontends call them. */
public final class AliasHoldsClient {
    private AliasHoldsClient() {}

    public static ValidatableResponse hold(
            String token, String orderId, String resellerId, String alias, Integer holdSeconds) {
        return post(token, holdBody(orderId, resellerId, alias, holdSeconds));
    }

    /** A checkout's one call: held and confirmed at once. */
    public static ValidatableResponse holdConfirmed(String token, String orderId, String resellerId, String alias) {
        Map<String, Object> body = holdBody(orderId, resellerId, alias, null);
        body.put("confirm", true);
        return post(token, body);
    }

    private static Map<String, Object> holdBody(String orderId, String resellerId, String alias, Integer holdSeconds) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderId", orderId);
        body.put("resellerId", resellerId);
        body.put("alias", alias);
        body.put("holdSeconds", holdSeconds);
        return body;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/internal/v1/alias-holds")
                .then();
    }

    public static ValidatableResponse confirm(String token, String orderId) {
        return given().auth()
                .oauth2(token)
                .post("/internal/v1/alias-holds/{orderId}/confirmation", orderId)
                .then();
    }

    public static ValidatableResponse release(String token, String orderId, boolean force) {
        return given().auth()
                .oauth2(token)
                .queryParam("force", force)
                .delete("/internal/v1/alias-holds/{orderId}", orderId)
                .then();
    }

    /** The operator's view of an alias. */
    public static ValidatableResponse availability(String operatorToken, String alias) {
        return given().auth()
                .oauth2(operatorToken)
                .get("/bss/v1/aliases/{alias}/availability", alias)
                .then();
    }

    public static ValidatableResponse resellerAvailability(String resellerToken, String alias) {
        return given().auth()
                .oauth2(resellerToken)
                .get("/storefront/v1/aliases/{alias}/availability", alias)
                .then();
    }

    /** Holds and confirms the alias for a new order, as an executed order has it; returns the order id. */
    public static String confirmedHold(String operatorToken, String resellerId, String alias) {
        String orderId = java.util.UUID.randomUUID().toString();
        hold(operatorToken, orderId, resellerId, alias, null).statusCode(201);
        confirm(operatorToken, orderId).statusCode(200);
        return orderId;
    }
}
