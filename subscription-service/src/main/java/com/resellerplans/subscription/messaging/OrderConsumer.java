package com.resellerplans.subscription.messaging;

import com.resellerplans.events.Contracts;
import com.resellerplans.outbox.EventHandlers;
import com.resellerplans.outbox.Inbox;
import com.resellerplans.outbox.InboxChannel;
import com.resellerplans.subscription.domain.SubscriptionLifecycle;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies {@code order.executed.v1} from order-service, once per event. */
@ApplicationScoped
public class OrderConsumer implements InboxChannel {
    private static final String CHANNEL = "orders";

    private final Inbox inbox;
    private final EventHandlers handlers;

    OrderConsumer(Inbox inbox, SubscriptionLifecycle lifecycle) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(
                CHANNEL, Contracts.ORDER_EXECUTED, (envelope, order) -> lifecycle.applyExecutedOrder(order));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
