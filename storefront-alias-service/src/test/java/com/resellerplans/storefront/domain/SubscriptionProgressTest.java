package com.resellerplans.storefront.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.localservers.EventOrders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reseller's subscription events, received by the storefront lifecycle in every order: what it applies is
 * always in the true order, so a storefront never reopens for an ended subscription nor re-plans after its end, and
 * the newest event is always applied.
 */
class SubscriptionProgressTest {

    /** A subscription event the storefront lifecycle applies. */
    record Event(String name, SubscriptionStep step) {
        @Override
        public String toString() {
            return name + step;
        }
    }

    private static final List<Event> TRUE_ORDER = List.of(
            new Event("activated (open)", new SubscriptionStep(1, 0)),
            new Event("upgraded (re-plan)", new SubscriptionStep(1, 1)),
            new Event("cancelled (suspend)", new SubscriptionStep(1, 3)),
            new Event("second activated (reactivate or replace)", new SubscriptionStep(2, 0)));

    static Stream<List<Event>> everyOrder() {
        return EventOrders.allOf(TRUE_ORDER).stream();
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void appliesOnlyWhatComesAfterTheLastApplied(List<Event> received) {
        SubscriptionProgress progress = new SubscriptionProgress("disti", "r1");
        List<Event> applied = new ArrayList<>();
        for (Event event : received) {
            if (progress.advanceTo(event.step())) {
                applied.add(event);
            }
        }

        assertThat(applied).isSortedAccordingTo(Comparator.comparing(TRUE_ORDER::indexOf));
        assertThat(applied).contains(TRUE_ORDER.get(TRUE_ORDER.size() - 1));
        if (received.equals(TRUE_ORDER)) {
            assertThat(applied).isEqualTo(TRUE_ORDER);
        }
    }
}
