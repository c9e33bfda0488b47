package com.resellerplans.storefront.alias.domain;

import static com.resellerplans.storefront.OrderServiceDouble.orderIs;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.confirm;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.confirmedHold;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.storefront.EventTraffic;
import com.resellerplans.storefront.OrderServiceDouble;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Confirmed holds no storefront took within a day are settled with order-service (played by
 * {@code OrderServiceDouble}): an order that never executed frees its alias, an executed one keeps it for the
 * storefront its subscription event brings, and no answer changes nothing. The reseller's own next order does not
 * wait for the day: its hold asks at once.
 */
@QuarkusTest
class AliasReconciliationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tenants tenant = Tenants.fresh();
    private final String operator = tenant.operator();

    @Inject
    AliasReconciliation reconciliation;

    @Inject
    MovableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aConfirmedHoldOfAnOrderNeverExecutedIsFreedAfterADay() {
        String orderId = confirmedHold(operator, Tenants.newId(), "lostcommit");

        clock.advance(Duration.ofHours(23));
        reconciliation.reconcile();
        availability(operator, "lostcommit").body("available", equalTo(false));

        clock.advance(Duration.ofHours(2));
        assertThat(reconciliation.reconcile()).isPositive();

        availability(operator, "lostcommit").body("available", equalTo(true));
        hold(operator, Tenants.newId(), Tenants.newId(), "lostcommit", 900).statusCode(201);
        assertThat(OrderServiceDouble.tokenAskedWith(orderId)).isPresent();
    }

    @Test
    void aDraftThatNeverExecutedFreesItsConfirmedHoldToo() {
        String orderId = confirmedHold(operator, Tenants.newId(), "stilldraft");
        orderIs(orderId, "DRAFT");

        clock.advance(Duration.ofDays(2));
        reconciliation.reconcile();

        availability(operator, "stilldraft").body("available", equalTo(true));
    }

    @Test
    void anExecutedOrdersAliasIsKeptAndTheStorefrontTakesItWhenItsSubscriptionArrives() throws Exception {
        StorefrontFixture reseller = StorefrontFixture.of(tenant);
        SubscriptionActivated activated = reseller.executedOrder("lateevent", Plan.STANDARD);
        orderIs(activated.orderId(), "EXECUTED");

        clock.advance(Duration.ofDays(3));
        reconciliation.reconcile();
        clock.advance(Duration.ofDays(3));
        reconciliation.reconcile();

        availability(operator, "lateevent").body("available", equalTo(false));
        hold(operator, Tenants.newId(), Tenants.newId(), "lateevent", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
        assertServiceToken(
                OrderServiceDouble.tokenAskedWith(activated.orderId()).orElseThrow());

        EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, reseller.resellerId(), activated);
        reseller.awaitStatus("lateevent", "ACTIVE");
    }

    @Test
    void aHoldIsLeftAsItIsWhileOrderServiceGivesNoAnswer() {
        String orderId = confirmedHold(operator, Tenants.newId(), "noanswer");
        orderIs(orderId, OrderServiceDouble.DOWN);

        clock.advance(Duration.ofDays(2));
        reconciliation.reconcile();

        availability(operator, "noanswer").body("available", equalTo(false));
    }

    @Test
    void theResellersNextOrderTakesOverTheConfirmedAliasOfItsOrderThatNeverCommitted() {
        String resellerId = Tenants.newId();
        String lostOrderId = confirmedHold(operator, resellerId, "retriedcheckout");
        String retryOrderId = Tenants.newId();

        hold(operator, retryOrderId, resellerId, "retriedcheckout", 900)
                .statusCode(201)
                .body("orderId", equalTo(retryOrderId));
        confirm(operator, retryOrderId).statusCode(200).body("status", equalTo("CONFIRMED"));

        assertThat(OrderServiceDouble.tokenAskedWith(lostOrderId)).isPresent();
        confirm(operator, lostOrderId).statusCode(409).body("code", equalTo("ALIAS_HOLD_EXPIRED"));
        hold(operator, Tenants.newId(), Tenants.newId(), "retriedcheckout", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
    }

    @Test
    void aDraftWhoseExecutionNeverCommittedLetsTheResellersNextOrderTakeItsConfirmedAlias() {
        String resellerId = Tenants.newId();
        String draftId = confirmedHold(operator, resellerId, "draftrolledback");
        orderIs(draftId, "DRAFT");

        hold(operator, Tenants.newId(), resellerId, "draftrolledback", 900).statusCode(201);

        confirm(operator, draftId).statusCode(409).body("code", equalTo("ALIAS_HOLD_EXPIRED"));
    }

    @Test
    void theResellersConfirmedAliasStaysWithItsOrderWhileThatOrderExecutedOrOrderServiceGivesNoAnswer() {
        String resellerId = Tenants.newId();
        String executedOrderId = confirmedHold(operator, resellerId, "executedfirst");
        orderIs(executedOrderId, "EXECUTED");
        String unansweredOrderId = confirmedHold(operator, resellerId, "unanswered");
        orderIs(unansweredOrderId, OrderServiceDouble.DOWN);

        hold(operator, Tenants.newId(), resellerId, "executedfirst", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
        hold(operator, Tenants.newId(), resellerId, "unanswered", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));

        confirm(operator, executedOrderId).statusCode(200).body("alias", equalTo("executedfirst"));
        confirm(operator, unansweredOrderId).statusCode(200).body("alias", equalTo("unanswered"));
    }

    @Test
    void anotherResellerNeverTakesOverAConfirmedAliasAndOrderServiceIsNotAsked() {
        String lostOrderId = confirmedHold(operator, Tenants.newId(), "notyours");

        hold(operator, Tenants.newId(), Tenants.newId(), "notyours", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));

        OrderServiceDouble.verifyNeverAsked(lostOrderId);
        confirm(operator, lostOrderId).statusCode(200).body("alias", equalTo("notyours"));
    }

    /** The job's own token: signed with the platform key, group suite-service, the hold's distributor, no person. */
    private void assertServiceToken(String token) throws Exception {
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(TestServers.keys().publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("suite-service");
        assertThat(claims.path("distributor").asText()).isEqualTo(tenant.distributorId());
        assertThat(claims.has("reseller")).isFalse();
        assertThat(claims.path("iss").asText()).isEqualTo("https://identity.reseller-plans.local");
        assertThat(Instant.ofEpochSecond(claims.path("exp").asLong()))
                .isBefore(Instant.ofEpochSecond(claims.path("iat").asLong()).plusSeconds(61));
    }
}
