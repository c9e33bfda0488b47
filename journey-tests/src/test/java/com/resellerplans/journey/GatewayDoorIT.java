package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.hasOrders;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.signIn;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway as the one door of the running suite: what the token or the server decides cannot come in a body,
 * nothing off the public table is reachable, a body over the limit and a flood of sign-ins are refused before
 * any service, every answer carries a request id, and a storefront lets in its reseller and its sub-customers only.
 */
@ExtendWith(RunningSuite.class)
class GatewayDoorIT {
    private static String distributor;
    private static Reseller reseller;
    private static String alias;

    @BeforeAll
    static void aResellerWithALiveStorefront() {
        distributor = newDistributor();
        reseller = newReseller(distributor, "door");
        alias = "door-" + distributor;
        checkOutPlan(reseller, "FREE_PLAN", alias);
    }

    @Test
    void aBodyCannotSetWhatTheTokenOrTheServerDecides() {
        String operator = operator(distributor);
        Reseller basic = newReseller(distributor, "basic");
        Map<String, Object> contact = Map.of("name", "Mo", "email", "mo@door.example");
        for (Map<String, Object> reseller : List.<Map<String, Object>>of(
                Map.of("name", "Sneaky", "primaryContact", contact, "distributorId", newDistributor()),
                Map.of("name", "Sneaky", "primaryContact", contact, "tier", "STANDARD"),
                Map.of("name", "Sneaky", "primaryContact", contact, "id", "chosen-by-me"))) {
            refused(as(operator).body(reseller).post("/bss/v1/resellers"), 422, "UNKNOWN_FIELD");
        }
        for (Map<String, Object> order : List.<Map<String, Object>>of(
                Map.of(
                        "resellerId",
                        basic.id(),
                        "items",
                        List.of(Map.of("product", "FREE_PLAN")),
                        "status",
                        "EXECUTED"),
                Map.of("resellerId", basic.id(), "items", List.of(Map.of("product", "FREE_PLAN", "price", 0))),
                Map.of(
                        "resellerId",
                        basic.id(),
                        "items",
                        List.of(Map.of("product", "FREE_PLAN")),
                        "distributorId",
                        newDistributor()))) {
            refused(as(operator).body(order).post("/bss/v1/orders"), 422, "UNKNOWN_FIELD");
        }
        refused(
                as(basic.token())
                        .body(Map.of("product", "FREE_PLAN", "price", 0))
                        .post("/storefront/v1/basket/items"),
                422,
                "UNKNOWN_FIELD");
        refused(
                as(basic.token())
                        .body(Map.of("storefrontAlias", "sneaky-" + distributor, "resellerId", reseller.id()))
                        .post("/storefront/v1/basket/checkout"),
                422,
                "UNKNOWN_FIELD");

        as(operator).get("/bss/v1/resellers").then().statusCode(200).body("items", hasSize(2));
        hasOrders(basic, 0);
        as(basic.token()).get("/storefront/v1/basket").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void nothingOffThePublicTableIsReachable() {
        String operator = operator(distributor);
        for (String path : List.of(
                "/nowhere",
                "/bss/v2/orders",
                "/q/openapi",
                "/q/swagger-ui",
                "/q/metrics",
                "/internal/v1/resellers/" + reseller.id(),
                "/bss/v1/../q/openapi",
                "/bss/v1/../internal/v1/resellers",
                "/storefront/v1/%2e%2e/%2e%2e/q/openapi",
                "/bss/v1/resellers%2F..%2F..%2Fq%2Fopenapi")) {
            Response answer =
                    given().urlEncodingEnabled(false).auth().oauth2(operator).get(path);
            refused(answer, 404, "NOT_FOUND");
        }
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeAnyService() {
        String operator = operator(distributor);
        int before = as(operator).get("/bss/v1/resellers").then().extract().path("items.size()");
        String huge = "{\"name\": \"" + "x".repeat(1024 * 1024) + "\", \"primaryContact\": {\"name\": \"A\","
                + " \"email\": \"a@b.example\"}}";
        refused(as(operator).body(huge).post("/bss/v1/resellers"), 413, "BODY_TOO_LARGE");
        as(operator).get("/bss/v1/resellers").then().body("items.size()", equalTo(before));
    }

    @Test
    void everyAnswerCarriesARequestIdAndACallersOwnIsKept() {
        given().get("/nowhere").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        as(reseller.token())
                .header("X-Request-Id", "frontend-42")
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "frontend-42");
        given().header("X-Request-Id", "forged\r\nline")
                .get("/public/v1/distributors/" + distributor + "/storefronts/" + alias)
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theStorefrontLetsInItsResellerAndItsSubCustomersOnly() {
        signIn(reseller.token(), distributor, alias)
                .then()
                .statusCode(200)
                .body("storefrontUrl", equalTo(storefrontUrl(distributor, alias)))
                .body("subject", equalTo("admin@" + reseller.id()));
        String subCustomer = TestServers.tokens().subCustomer(distributor, reseller.id());
        signIn(subCustomer, distributor, alias)
                .then()
                .statusCode(200)
                .body("storefrontUrl", equalTo(storefrontUrl(distributor, alias)))
                .body("subject", equalTo("customer@" + reseller.id()));
        Reseller stranger = newReseller(distributor, "stranger");
        refused(signIn(stranger.token(), distributor, alias), 403, "STOREFRONT_SIGN_IN_FORBIDDEN");
        refused(
                signIn(TestServers.tokens().subCustomer(distributor, stranger.id()), distributor, alias),
                403,
                "STOREFRONT_SIGN_IN_FORBIDDEN");
        refused(signIn(operator(distributor), distributor, alias), 403, "FORBIDDEN");
    }

    @Test
    void aSubCustomerSigningInTooOftenIsToldWhenToComeBack() {
        String subCustomer = TestServers.tokens().subCustomer(distributor, reseller.id(), "hammer@" + distributor);
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        // 30 a minute is the budget of each gateway instance, and the sign-ins alternate between the gateways;
        // a slow machine refills a few while the loop runs
        int budget = 30 * RunningSuite.INSTANCES;
        while (limited == null && statuses.size() < 2 * budget) {
            Response answer = signIn(subCustomer, distributor, alias);
            statuses.add(answer.statusCode());
            limited = answer.statusCode() == 429 ? answer : null;
        }
        assertThat(statuses.subList(0, budget)).containsOnly(200);
        assertThat(limited).as("a 429 within %d sign-ins", 2 * budget).isNotNull();
        refused(limited, 429, "RATE_LIMITED").header("Retry-After", matchesPattern("[1-9][0-9]*"));
        signIn(TestServers.tokens().subCustomer(distributor, reseller.id()), distributor, alias)
                .then()
                .statusCode(200);
    }
}
