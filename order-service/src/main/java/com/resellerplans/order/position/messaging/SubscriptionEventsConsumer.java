package com.resellerplans.order.position.messaging;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Topics;
import com.resellerplans.order.domain.KnownResellers;
import com.resellerplans.order.domain.OrderRejections;
import com.resellerplans.order.position.domain.PlanPositionUpdates;
import com.resellerplans.outbox.EventHandlers;
import com.resellerplans.outbox.Inbox;
import com.resellerplans.outbox.InboxChannel;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns each reseller, its subscription and plan position from subscription-service's events. */
@ApplicationScoped
public class SubscriptionEventsConsumer implements InboxChannel {
    private final Inbox inbox;
    private final EventHandlers handlers;

    SubscriptionEventsConsumer(
            Inbox inbox, KnownResellers resellers, PlanPositionUpdates positions, OrderRejections rejections) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(Topics.SUBSCRIPTIONS, Contracts.RESELLER_REGISTERED, resellers::registered)
                .and(Contracts.SUBSCRIPTION_ACTIVATED, positions::activated)
                .and(Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED, positions::cancellationRequested)
                .and(Contracts.SUBSCRIPTION_CANCELLED, positions::cancelled)
                .and(Contracts.SUBSCRIPTION_CHANGE_REJECTED, rejections::changeRejected);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Topics.SUBSCRIPTIONS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
