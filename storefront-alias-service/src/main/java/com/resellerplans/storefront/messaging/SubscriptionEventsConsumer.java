package com.resellerplans.storefront.messaging;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.Topics;
import com.resellerplans.outbox.EventHandlers;
import com.resellerplans.outbox.Inbox;
import com.resellerplans.outbox.InboxChannel;
import com.resellerplans.storefront.domain.StorefrontLifecycle;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds subscription-service's events to the storefront lifecycle, once per event. */
@ApplicationScoped
public class SubscriptionEventsConsumer implements InboxChannel {
    private final Inbox inbox;
    private final EventHandlers handlers;

    SubscriptionEventsConsumer(Inbox inbox, StorefrontLifecycle lifecycle) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(Topics.SUBSCRIPTIONS, Contracts.SUBSCRIPTION_ACTIVATED, lifecycle::activate)
                .and(Contracts.SUBSCRIPTION_UPGRADED, lifecycle::upgrade)
                .and(Contracts.SUBSCRIPTION_CANCELLED, lifecycle::suspend);
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
