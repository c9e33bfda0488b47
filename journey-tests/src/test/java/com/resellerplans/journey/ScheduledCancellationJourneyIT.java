package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.CANCELLATION_REQUESTED;
import static com.resellerplans.journey.Journeys.CANCELLED;
import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.TERM;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.bothSignIn;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.executeDraft;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.neitherSignsIn;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.operatorCancels;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.resellerCancels;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.journey.Journeys.Reseller;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 5's END_OF_TERM from both channels, carried out by subscription-service's scheduler in its own
 * process: the suite runs with terms of {@link Journeys#TERM} and a one-second sweep, so the Pending
 * Cancellation ends within the test, with nobody calling anything.
 */
@ExtendWith(RunningSuite.class)
class ScheduledCancellationJourneyIT {

    @Test
    void endOfTermCancellationsFromTheStorefrontAndTheBssAreCancelledByTheSchedulerWhenTheTermEnds() {
        String distributor = newDistributor();
        Reseller shopper = newReseller(distributor, "shopper");
        String shopperSubscription = checkOutPlan(shopper, "STANDARD_PLAN", "shopper");
        Reseller ordered = newReseller(distributor, "ordered");
        executeDraft(ordered, "FREE_PLAN", "ordered");
        String orderedSubscription = awaitLiveSubscription(ordered, "FREE");
        awaitMail(shopper.email(), WELCOME);
        awaitMail(ordered.email(), WELCOME);
        bothSignIn(shopper, "shopper");
        bothSignIn(ordered, "ordered");

        String shopperEnds = resellerCancels(shopper, shopperSubscription)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .extract()
                .path("effectiveCancellationAt");
        String orderedEnds = operatorCancels(ordered, orderedSubscription, "END_OF_TERM")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CANCELLATION"))
                .extract()
                .path("effectiveCancellationAt");
        assertThat(Instant.parse(shopperEnds)).isBefore(Instant.now().plus(TERM));
        awaitMail(shopper.email(), CANCELLATION_REQUESTED);
        awaitMail(ordered.email(), CANCELLATION_REQUESTED);
        assertThat(tierOf(shopper)).isEqualTo("STANDARD");
        assertThat(tierOf(ordered)).isEqualTo("FREE");
        bothSignIn(shopper, "shopper");
        bothSignIn(ordered, "ordered");

        await().atMost(TERM.plus(EVENTUALLY)).untilAsserted(() -> {
            subscription(distributor, shopperSubscription).body("status", equalTo("CANCELLED"));
            subscription(distributor, orderedSubscription).body("status", equalTo("CANCELLED"));
        });

        assertCancelledByTheScheduler(shopper, shopperSubscription, shopperEnds, "shopper", "STOREFRONT");
        assertCancelledByTheScheduler(ordered, orderedSubscription, orderedEnds, "ordered", "BSS");
    }

    /** Cancelled at the effective time by the scheduler: back on BASIC, told by email, storefront locked. */
    private static void assertCancelledByTheScheduler(
            Reseller reseller, String subscriptionId, String effectiveAt, String alias, String requestedThrough) {
        as(reseller.token())
                .get("/storefront/v1/subscriptions/" + subscriptionId)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("termEndsAt", equalTo(effectiveAt))
                .body("history.to", contains("ACTIVE", "PENDING_CANCELLATION", "CANCELLED"))
                .body("history.channel", contains(requestedThrough, requestedThrough, "SCHEDULER"))
                .body("history[2].actor.subject", equalTo("scheduler"))
                .body("history[2].at", equalTo(effectiveAt));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(tierOf(reseller)).isEqualTo("BASIC"));
        awaitMail(reseller.email(), CANCELLED);
        assertThat(mailsTo(reseller.email(), CANCELLED)).hasSize(1);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> publicStorefront(reseller.distributor(), alias)
                        .statusCode(200)
                        .body("status", equalTo("SUSPENDED"))
                        .body("signInAllowed", equalTo(false)));
        neitherSignsIn(reseller, alias);
    }
}
