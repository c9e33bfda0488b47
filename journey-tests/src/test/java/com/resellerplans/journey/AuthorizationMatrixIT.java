package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.resellerCancels;
import static com.resellerplans.journey.Journeys.subscription;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix through the gateway: a representative GET and POST (or PUT) of every route family
 * against every kind of caller, and the cross-tenant and cross-reseller attempts that must neither reveal nor
 * change anything (answered 404, exactly like a missing object).
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixIT {
    private static final Map<String, Object> TEMPLATE_DRAFT =
            Map.of("subject", "Hello", "html", "<p>Hello</p>", "text", "Hello", "enabled", true);
    private static final Map<String, Object> SETTINGS = Map.of(
            "markups", Map.of("default", 10.0, "byProduct", Map.of()),
            "specialPrices", List.of(),
            "settings", Map.of("theme", "light"),
            "notificationSettings", Map.of("orderConfirmations", true));

    private static String distributor;
    private static Reseller owner;
    private static Reseller otherReseller;
    private static Reseller cancelledByOperator;
    private static String subscriptionId;
    private static String orderId;
    private static String operatorCancelsThis;

    /** One call of the matrix: method, path and the body it is sent with (null for none). */
    private record Call(String method, String path, Object body) {
        Response by(String tokenOrNull) {
            RequestSpecification request = tokenOrNull == null
                    ? given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    : as(tokenOrNull);
            if (body != null) {
                request.body(body);
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void aDistributorWithTwoLiveResellersAndOneWithout() {
        distributor = newDistributor();
        owner = newReseller(distributor, "owner");
        otherReseller = newReseller(distributor, "other");
        cancelledByOperator = newReseller(distributor, "leaving");
        subscriptionId = checkOutPlan(owner, "FREE_PLAN", "owner-" + distributor);
        operatorCancelsThis = checkOutPlan(cancelledByOperator, "FREE_PLAN", "leaving-" + distributor);
        orderId = as(owner.token()).get("/storefront/v1/orders").then().statusCode(200).extract().path("items[0].id");
    }

    private static List<Call> bssCalls() {
        return List.of(
                new Call("GET", "/bss/v1/resellers", null),
                new Call("POST", "/bss/v1/resellers",
                        Map.of("name", "Matrix", "primaryContact", Map.of("name", "Mo", "email", "mo@matrix.example"))),
                new Call("GET", "/bss/v1/orders", null),
                new Call("POST", "/bss/v1/orders",
                        Map.of("resellerId", otherReseller.id(), "items", List.of(Map.of("product", "FREE_PLAN")))),
                new Call("GET", "/bss/v1/subscriptions", null),
                new Call("POST", "/bss/v1/subscriptions/" + operatorCancelsThis + "/cancellation",
                        Map.of("effective", "IMMEDIATE")),
                new Call("GET", "/bss/v1/storefronts", null),
                new Call("GET", "/bss/v1/aliases/free-" + distributor + "/availability", null),
                new Call("GET", "/bss/v1/notifications/deliveries", null),
                new Call("POST", "/bss/v1/setup/notifications/templates/subscription-upgraded/preview", TEMPLATE_DRAFT));
    }

    private static List<Call> storefrontCalls() {
        return List.of(
                new Call("GET", "/storefront/v1/basket", null),
                new Call("POST", "/storefront/v1/basket/items", Map.of("product", "STANDARD_PLAN")),
                new Call("GET", "/storefront/v1/orders", null),
                new Call("GET", "/storefront/v1/orders/" + orderId, null),
                new Call("GET", "/storefront/v1/subscriptions", null),
                new Call("GET", "/storefront/v1/subscriptions/" + subscriptionId, null),
                new Call("GET", "/storefront/v1/storefront/settings", null),
                new Call("PUT", "/storefront/v1/storefront/settings", SETTINGS));
    }

    @Test
    void withoutAValidTokenNothingAnswers() {
        String expiredOperator = TestServers.tokens()
                .mint("operator@" + distributor, TokenMinter.GROUP_OPERATOR, distributor, null, -60);
        String expiredOwner = TestServers.tokens()
                .mint("admin@" + owner.id(), TokenMinter.GROUP_RESELLER_ADMIN, distributor, owner.id(), -60);
        String before = subscription(distributor, subscriptionId).extract().asString();
        for (Call call : bssCalls()) {
            refused(call.by(null), 401, "UNAUTHENTICATED");
            refused(call.by(expiredOperator), 401, "UNAUTHENTICATED");
        }
        for (Call call : storefrontCalls()) {
            refused(call.by(null), 401, "UNAUTHENTICATED");
            refused(call.by(expiredOwner), 401, "UNAUTHENTICATED");
        }
        refused(new Call("POST", "/storefront/v1/subscriptions/" + subscriptionId + "/cancellation", null)
                .by(expiredOwner), 401, "UNAUTHENTICATED");
        assertThat(subscription(distributor, subscriptionId).extract().asString()).isEqualTo(before);
    }

    @Test
    void eachRoleReachesItsOwnApiOnlyAndASubCustomerNeither() {
        String operator = operator(distributor);
        String subCustomer = TestServers.tokens().subCustomer(distributor, owner.id());
        for (Call call : storefrontCalls()) {
            refused(call.by(operator), 403, "FORBIDDEN");
            refused(call.by(subCustomer), 403, "FORBIDDEN");
        }
        for (Call call : bssCalls()) {
            refused(call.by(owner.token()), 403, "FORBIDDEN");
            refused(call.by(subCustomer), 403, "FORBIDDEN");
        }
        for (Call call : bssCalls()) {
            assertThat(call.by(operator).statusCode()).as("%s as this distributor's operator", call).isBetween(200, 299);
        }
        subscription(distributor, operatorCancelsThis).body("status", equalTo("CANCELLED"));
        for (Call call : storefrontCalls()) {
            assertThat(call.by(owner.token()).statusCode()).as("%s as the reseller", call).isBetween(200, 299);
        }
        assertThat(resellerCancels(owner, subscriptionId).statusCode()).isEqualTo(200);
        subscription(distributor, subscriptionId).body("status", equalTo("PENDING_CANCELLATION"));
    }

    @Test
    void anotherDistributorsOperatorSeesAndChangesNothingOfThisOne() {
        String stranger = operator(newDistributor());
        for (String path : List.of("/bss/v1/resellers/" + owner.id(), "/bss/v1/orders/" + orderId,
                "/bss/v1/subscriptions/" + subscriptionId)) {
            assertThat(as(stranger).get(path).statusCode()).as(path).isEqualTo(404);
        }
        as(stranger).get("/bss/v1/resellers").then().statusCode(200).body("items.id", not(hasItem(owner.id())));
        as(stranger).get("/bss/v1/subscriptions").then().statusCode(200)
                .body("items.id", not(hasItem(subscriptionId)));

        String before = subscription(distributor, subscriptionId).extract().asString();
        assertThat(as(stranger).body(Map.of("effective", "IMMEDIATE"))
                .post("/bss/v1/subscriptions/" + subscriptionId + "/cancellation").statusCode()).isEqualTo(404);
        assertThat(as(stranger).body(Map.of("product", "STANDARD_PLAN"))
                .post("/bss/v1/subscriptions/" + subscriptionId + "/upgrade").statusCode()).isEqualTo(404);
        assertThat(as(stranger).delete("/bss/v1/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(subscription(distributor, subscriptionId).extract().asString()).isEqualTo(before);
        as(operator(distributor)).get("/bss/v1/orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("EXECUTED"));
    }

    @Test
    void anotherResellerSeesAndChangesNothingOfTheOwners() {
        String before = subscription(distributor, subscriptionId).extract().asString();
        assertThat(as(otherReseller.token()).get("/storefront/v1/orders/" + orderId).statusCode()).isEqualTo(404);
        assertThat(as(otherReseller.token()).get("/storefront/v1/subscriptions/" + subscriptionId).statusCode())
                .isEqualTo(404);
        assertThat(resellerCancels(otherReseller, subscriptionId).statusCode()).isEqualTo(404);
        as(otherReseller.token()).get("/storefront/v1/orders").then().statusCode(200)
                .body("items.id", not(hasItem(orderId)));
        assertThat(subscription(distributor, subscriptionId).extract().asString()).isEqualTo(before);
    }
}
