package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.Contracts;
import org.junit.jupiter.api.Test;

class EventHandlersTest {
    private final EventHandlers handlers = EventHandlers.on(
                    "subscriptions", Contracts.SUBSCRIPTION_CANCELLED, (envelope, event) -> {})
            .and(Contracts.ORDER_EXECUTED, (envelope, event) -> {});

    @Test
    void aContractsHandlerAlsoReadsTheTypeItSuperseded() {
        assertThat(handlers.forType("subscription.cancelled.v2")).isPresent();
        assertThat(handlers.forType("subscription.cancelled.v1"))
                .get()
                .extracting(EventHandlers.Registration::contract)
                .isEqualTo(Contracts.SUBSCRIPTION_CANCELLED);
    }

    @Test
    void otherTypesOnTheTopicAreSkipped() {
        assertThat(handlers.forType("order.executed.v1")).isPresent();
        assertThat(handlers.forType("subscription.upgraded.v2")).isEmpty();
    }
}
