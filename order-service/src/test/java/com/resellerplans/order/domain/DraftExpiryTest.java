package com.resellerplans.order.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.order.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts live {@code orders.draft-max-age} (30 days): time is moved by the test clock; the expiry job marks
 * older drafts EXPIRED, and an expired draft is neither executed nor given an alias, swept or not yet.
 */
@QuarkusTest
class DraftExpiryTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.operatorToken(distributor);

    @Inject
    TestData data;

    @Inject
    DraftLifetime lifetime;

    @Inject
    MovableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDraftPastItsAgeIsExpiredByTheJobAndThenRefused() {
        Order old = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, "techsolutions", false);
        clock.advance(Duration.ofDays(20));
        Order young = data.order(distributor, TestData.newReseller(), OrderKind.NEW, Plan.FREE, "young", false);
        clock.advance(Duration.ofDays(10).plusMinutes(1));

        while (lifetime.expireDue() > 0) {
            // every batch, as the scheduled job does
        }

        assertThat(data.order(distributor, old.id()).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(data.order(distributor, young.id()).orElseThrow().status()).isEqualTo(OrderStatus.DRAFT);
        given().auth()
                .oauth2(token)
                .get("/bss/v1/orders/" + old.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("allowedActions", empty());
        execute(old)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ORDER_EXPIRED"));
        setAlias(old).then().statusCode(409).body("code", equalTo("ORDER_EXPIRED"));
        given().auth()
                .oauth2(token)
                .delete("/bss/v1/orders/" + old.id())
                .then()
                .statusCode(409)
                .body("code", equalTo("ORDER_EXPIRED"));

        Order after = data.order(distributor, old.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(after.storefrontAlias()).isEqualTo("techsolutions");
        assertThat(data.outboxEvents(reseller)).isZero();
        assertThat(data.position(distributor, reseller)).isEmpty();
    }

    @Test
    void aDraftPastItsAgeIsRefusedBeforeTheJobHasRun() {
        Order draft = data.order(distributor, reseller, OrderKind.NEW, Plan.STANDARD, "techsolutions", false);
        clock.advance(Duration.ofDays(30));

        execute(draft).then().statusCode(409).body("code", equalTo("ORDER_EXPIRED"));
        setAlias(draft).then().statusCode(409).body("code", equalTo("ORDER_EXPIRED"));

        Order after = data.order(distributor, draft.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(data.outboxEvents(reseller)).isZero();
    }

    @Test
    void theAliasOfADraftIsHeldForItsRemainingLife() {
        Order draft = data.order(distributor, reseller, OrderKind.NEW, Plan.FREE, null, false);
        assertThat(lifetime.remainingSeconds(draft))
                .isBetween((int) Duration.ofDays(30).minusMinutes(1).toSeconds(), (int)
                        Duration.ofDays(30).toSeconds());

        clock.advance(Duration.ofDays(29).plusHours(23));

        assertThat(lifetime.remainingSeconds(draft))
                .isBetween((int) Duration.ofMinutes(59).toSeconds(), (int)
                        Duration.ofHours(1).toSeconds());
    }

    private io.restassured.response.Response execute(Order order) {
        return given().auth().oauth2(token).when().post("/bss/v1/orders/" + order.id() + "/execution");
    }

    private io.restassured.response.Response setAlias(Order order) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"storefrontAlias\":\"other-alias\"}")
                .when()
                .patch("/bss/v1/orders/" + order.id() + "/items/" + order.lineId());
    }
}
