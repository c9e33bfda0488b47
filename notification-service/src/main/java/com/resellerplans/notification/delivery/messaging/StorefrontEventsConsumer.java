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

/** Queues the welcome email when a storefront is activated (or reactivated). */
@ApplicationScoped
public class StorefrontEventsConsumer implements InboxChannel {
    private final Inbox inbox;
    private final EventHandlers handlers;

    StorefrontEventsConsumer(Inbox inbox, EmailNotifications notifications) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(
                Topics.STOREFRONTS, Contracts.STOREFRONT_ACTIVATED, notifications::storefrontActivated);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Topics.STOREFRONTS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(record, handlers);
    }
}
