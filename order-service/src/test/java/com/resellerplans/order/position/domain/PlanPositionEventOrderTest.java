package com.resellerplans.order.position.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.EventOrders;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reseller's subscription events, fed to its plan position in every order several relay replicas could deliver
 * them in: the position always ends where the true order leaves it, and never refuses every order for a
 * cancellation pending on no subscription.
 */
class PlanPositionEventOrderTest {

    /** One subscription event as order-service receives it. */
    record Event(String name, Consumer<PlanPosition> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Event FIRST_ACTIVATED = new Event(
            "activated(sub-1 v0)",
            position -> position.subscriptionActivated("sub-1", Plan.FREE, new SubscriptionStep(1, 0)));
    // sub-1 was upgraded to STANDARD at v1: order-service learns it from its own order, not from the event
    private static final Event FIRST_CANCELLATION_REQUESTED = new Event(
            "cancellation-requested(sub-1 v2)",
            position -> position.cancellationRequested("sub-1", Plan.STANDARD, new SubscriptionStep(1, 2)));
    private static final Event FIRST_CANCELLED =
            new Event("cancelled(sub-1 v3)", position -> position.subscriptionCancelled(new SubscriptionStep(1, 3)));
    private static final Event SECOND_ACTIVATED = new Event(
            "activated(sub-2 v0)",
            position -> position.subscriptionActivated("sub-2", Plan.FREE, new SubscriptionStep(2, 0)));
    private static final Event SECOND_CANCELLATION_REQUESTED = new Event(
            "cancellation-requested(sub-2 v1)",
            position -> position.cancellationRequested("sub-2", Plan.FREE, new SubscriptionStep(2, 1)));

    // an upgrade of the FREE sub-1 that reached subscription-service after the cancellation request (v1 of sub-1)
    private static final Event UPGRADE_REJECTED = new Event(
            "change-rejected(upgrade)", position -> position.changeRejected(OrderKind.UPGRADE, Plan.STANDARD));
    private static final Event FREE_CANCELLATION_REQUESTED = new Event(
            "cancellation-requested(sub-1 v1)",
            position -> position.cancellationRequested("sub-1", Plan.FREE, new SubscriptionStep(1, 1)));

    static Stream<List<Event>> oneSubscriptionToItsEnd() {
        return EventOrders.allOf(List.of(FIRST_ACTIVATED, FIRST_CANCELLATION_REQUESTED, FIRST_CANCELLED)).stream();
    }

    static Stream<List<Event>> aSecondSubscriptionAfterTheFirst() {
        return EventOrders.allOf(
                List.of(FIRST_ACTIVATED, FIRST_CANCELLATION_REQUESTED, FIRST_CANCELLED, SECOND_ACTIVATED))
                .stream();
    }

    static Stream<List<Event>> aSecondSubscriptionPendingCancellation() {
        return EventOrders.allOf(List.of(
                        FIRST_ACTIVATED,
                        FIRST_CANCELLATION_REQUESTED,
                        FIRST_CANCELLED,
                        SECOND_ACTIVATED,
                        SECOND_CANCELLATION_REQUESTED))
                .stream();
    }

    static Stream<List<Event>> anUpgradeRejectedForAPendingCancellation() {
        return EventOrders.allOf(List.of(FIRST_ACTIVATED, FREE_CANCELLATION_REQUESTED, UPGRADE_REJECTED)).stream();
    }

    @ParameterizedTest
    @MethodSource("anUpgradeRejectedForAPendingCancellation")
    void aRejectedUpgradeGivesBackTheTierWhateverTheOrder(List<Event> order) {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        position.orderExecuted(Plan.FREE);
        position.orderExecuted(Plan.STANDARD);

        feed(position, order);

        assertThat(position.tier()).isEqualTo(Tier.FREE);
        assertThat(position.subscriptionId()).isEqualTo("sub-1");
        assertThat(position.cancellationPending()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("oneSubscriptionToItsEnd")
    void aCancelledSubscriptionLeavesTheResellerFreeToOrderAgain(List<Event> order) {
        PlanPosition position = fed(order);

        assertThat(position.tier()).isEqualTo(Tier.BASIC);
        assertThat(position.subscriptionId()).isNull();
        assertThat(position.cancellationPending()).isFalse();
        assertThat(position.planChangeFor(Plan.STANDARD, "again").isAllowed()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("aSecondSubscriptionAfterTheFirst")
    void theNewestSubscriptionWins(List<Event> order) {
        PlanPosition position = fed(order);

        assertThat(position.tier()).isEqualTo(Tier.FREE);
        assertThat(position.subscriptionId()).isEqualTo("sub-2");
        assertThat(position.cancellationPending()).isFalse();
        assertThat(position.planChangeFor(Plan.STANDARD, null).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("aSecondSubscriptionPendingCancellation")
    void onlyTheNewestSubscriptionsCancellationIsPending(List<Event> order) {
        PlanPosition position = fed(order);

        assertThat(position.tier()).isEqualTo(Tier.FREE);
        assertThat(position.subscriptionId()).isEqualTo("sub-2");
        assertThat(position.cancellationPending()).isTrue();
    }

    private static PlanPosition fed(List<Event> order) {
        PlanPosition position = PlanPosition.basic("disti", "r1");
        feed(position, order);
        return position;
    }

    /** Feeds the events in this order; after each one, a pending cancellation names a subscription. */
    private static void feed(PlanPosition position, List<Event> order) {
        for (Event event : order) {
            event.apply().accept(position);
            assertThat(!position.cancellationPending() || position.subscriptionId() != null)
                    .as("pending cancellation names a subscription after %s of %s", event, order)
                    .isTrue();
        }
    }
}
