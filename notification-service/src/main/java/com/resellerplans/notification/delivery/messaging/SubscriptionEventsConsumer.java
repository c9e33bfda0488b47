package com.resellerplans.notification.delivery.messaging;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Topics;
import com.resellerplans.notification.delivery.domain.EmailNotifications;
import com.resellerplans.outbox.EventHandlers;
import com.resellerplans.outbox.Inbox;
import com.resellerplans.outbox.InboxChannel;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Queues the upgrade and cancellation emails from the subscription lifecycle. */
@ApplicationScoped
public class SubscriptionEventsConsumer implements InboxChannel {
    private final Inbox inbox;
    private final EventHandlers handlers;

    SubscriptionEventsConsumer(Inbox inbox, EmailNotifications notifications) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(
                        Topics.SUBSCRIPTIONS, Contracts.SUBSCRIPTION_UPGRADED, notifications::subscriptionUpgraded)
                .and(Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED, notifications::cancellationRequested)
                .and(Contracts.SUBSCRIPTION_CANCELLED, notifications::cancelled);
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
