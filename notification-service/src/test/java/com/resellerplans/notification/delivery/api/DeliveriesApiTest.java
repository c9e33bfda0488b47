package com.resellerplans.notification.delivery.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.notification.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators see their distributor's deliveries, filtered and paged; nobody else sees them. */
@QuarkusTest
class DeliveriesApiTest {
    private static final String PATH = "/bss/v1/notifications/deliveries";
    private final String distributor =
            "disti-api-" + UUID.randomUUID().toString().substring(0, 8);
    private ResellerSnapshot reseller;

    @BeforeEach
    void twoResellersWereWelcomedAndOneUpgraded() {
        reseller = Events.reseller(distributor, "Listed One");
        ResellerSnapshot other = Events.reseller(distributor, "Listed Two");
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                reseller,
                Events.storefrontActivated(reseller, "listed-one"));
        Events.produce(
                Contracts.STOREFRONT_ACTIVATED,
                UUID.randomUUID().toString(),
                other,
                Events.storefrontActivated(other, "listed-two"));
        // topics are not ordered with each other: the upgrade follows once the storefront URL is known
        awaitSent(2);
        Events.produce(
                Contracts.SUBSCRIPTION_UPGRADED,
                UUID.randomUUID().toString(),
                reseller,
                Events.subscriptionUpgraded(reseller, "listed-one"));
        awaitSent(3);
    }

    private void awaitSent(int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> list(operator(), "status", "SENT").getList("items").size() == count);
    }

    @Test
    void listsNewestFirstWithFiltersAndCursorPaging() {
        JsonPath first = list(operator(), "limit", "2");
        assertThat(first.getList("items")).hasSize(2);
        assertThat(first.getString("items[0].templateKey")).isEqualTo("subscription-upgraded");
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();

        JsonPath second = list(operator(), "limit", "2", "cursor", cursor);
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("nextCursor")).isNull();

        JsonPath mine =
                list(operator(), "resellerId", reseller.id(), "templateKey", "welcome-standard-reseller-storefront");
        assertThat(mine.getList("items.recipient"))
                .containsExactly(reseller.primaryContact().email());
        assertThat(list(operator(), "status", "DEAD").getList("items")).isEmpty();
    }

    @Test
    void oneDeliveryShowsTheEmailAsSentAndItsAttempts() {
        String id = list(operator(), "resellerId", reseller.id(), "templateKey", "subscription-upgraded")
                .getString("items[0].id");

        JsonPath delivery = given().auth()
                .oauth2(operator())
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(delivery.getString("id")).isEqualTo(id);
        assertThat(delivery.getString("subject")).isEqualTo("Your reseller plan is now Standard");
        assertThat(delivery.getString("textBody")).contains("https://cloud.disti.example/listed-one");
        assertThat(delivery.getInt("attemptCount")).isEqualTo(1);
        assertThat(delivery.getList("attempts.outcome")).containsExactly("SENT");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aResellerTokenIs403() {
        given().auth()
                .oauth2(TestServers.tokens().reseller(distributor, reseller.id()))
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anotherDistributorSeesNoneAndGets404ForOneOfThem() {
        String otherOperator = TestServers.tokens().operator("disti-elsewhere-" + UUID.randomUUID());
        String id = list(operator()).getString("items[0].id");

        assertThat(list(otherOperator, "resellerId", reseller.id()).getList("items"))
                .isEmpty();
        given().auth()
                .oauth2(otherOperator)
                .get(PATH + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("DELIVERY_NOT_FOUND"));
        given().auth()
                .oauth2(operator())
                .get(PATH + "/not-a-uuid")
                .then()
                .statusCode(404)
                .body("code", equalTo("DELIVERY_NOT_FOUND"));
    }

    @Test
    void anUnknownStatusOrForeignCursorIs422() {
        given().auth()
                .oauth2(operator())
                .queryParam("status", "LOST")
                .get(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_STATUS"));
        given().auth()
                .oauth2(operator())
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get(PATH)
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    private String operator() {
        return TestServers.tokens().operator(distributor);
    }

    private static JsonPath list(String token, String... query) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }
}
