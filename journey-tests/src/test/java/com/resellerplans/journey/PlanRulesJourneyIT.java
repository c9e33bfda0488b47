package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.draftOrder;
import static com.resellerplans.journey.Journeys.hasOrders;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.orderable;
import static com.resellerplans.journey.Journeys.plans;
import static com.resellerplans.journey.Journeys.reason;
import static com.resellerplans.journey.Journeys.refused;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.journey.Journeys.Reseller;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plan rules as the gateway's callers meet them: refusals with their codes, and the plan page agreeing. */
@ExtendWith(RunningSuite.class)
class PlanRulesJourneyIT {

    @Test
    void aBasicResellerMayOrderEitherPlanButOnlyOnePlanProductAtATime() {
        Reseller reseller = newReseller(newDistributor(), "shopper");
        plans(reseller)
                .body(orderable("FREE_PLAN"), equalTo(true))
                .body(reason("FREE_PLAN"), nullValue())
                .body(orderable("STANDARD_PLAN"), equalTo(true))
                .body(reason("STANDARD_PLAN"), nullValue());

        addToBasket(reseller.token(), "STANDARD_PLAN");
        refused(
                as(reseller.token()).body(Map.of("product", "FREE_PLAN")).post("/storefront/v1/basket/items"),
                409,
                "BASKET_HAS_PLAN");

        as(reseller.token())
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].product", equalTo("STANDARD_PLAN"));
    }

    @Test
    void theFreePlanAgainIsRefusedAsAlreadyActive() {
        Reseller reseller = newReseller(newDistributor(), "freeagain");
        String subscriptionId = checkOutPlan(reseller, "FREE_PLAN", "freeagain");
        plans(reseller)
                .body(orderable("FREE_PLAN"), equalTo(false))
                .body(reason("FREE_PLAN"), equalTo("PLAN_ALREADY_ACTIVE"))
                .body(orderable("STANDARD_PLAN"), equalTo(true));

        addToBasket(reseller.token(), "FREE_PLAN");
        refused(checkout(reseller.token(), "freeagain-two"), 409, "PLAN_ALREADY_ACTIVE");
        refused(draftOrder(reseller, "FREE_PLAN"), 409, "PLAN_ALREADY_ACTIVE");

        assertNothingChanged(reseller, subscriptionId, "FREE");
    }

    @Test
    void aStandardResellerCannotOrderStandardAgainNorMoveDownToFree() {
        Reseller reseller = newReseller(newDistributor(), "toplevel");
        String subscriptionId = checkOutPlan(reseller, "STANDARD_PLAN", "toplevel");
        plans(reseller)
                .body(orderable("FREE_PLAN"), equalTo(false))
                .body(reason("FREE_PLAN"), equalTo("PLAN_DOWNGRADE_NOT_ALLOWED"))
                .body(orderable("STANDARD_PLAN"), equalTo(false))
                .body(reason("STANDARD_PLAN"), equalTo("PLAN_ALREADY_ACTIVE"));

        addToBasket(reseller.token(), "FREE_PLAN");
        refused(checkout(reseller.token(), null), 409, "PLAN_DOWNGRADE_NOT_ALLOWED");
        refused(draftOrder(reseller, "FREE_PLAN"), 409, "PLAN_DOWNGRADE_NOT_ALLOWED");
        refused(draftOrder(reseller, "STANDARD_PLAN"), 409, "PLAN_ALREADY_ACTIVE");

        assertNothingChanged(reseller, subscriptionId, "STANDARD");
    }

    /** The refused orders left one executed order, the basket as it was, and the subscription and tier alone. */
    private static void assertNothingChanged(Reseller reseller, String subscriptionId, String plan) {
        hasOrders(reseller, 1);
        as(operator(reseller.distributor()))
                .queryParam("resellerId", reseller.id())
                .get("/bss/v1/orders")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        as(reseller.token()).get("/storefront/v1/basket").then().statusCode(200).body("items", hasSize(1));
        as(reseller.token())
                .get("/storefront/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        subscription(reseller.distributor(), subscriptionId)
                .body("status", equalTo("ACTIVE"))
                .body("plan", equalTo(plan));
        assertThat(tierOf(reseller)).isEqualTo(plan);
    }
}
