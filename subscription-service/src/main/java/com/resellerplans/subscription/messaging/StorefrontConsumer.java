package com.resellerplans.subscription.messaging;

import com.resellerplans.events.Contracts;
import com.resellerplans.outbox.EventHandlers;
import com.resellerplans.outbox.Inbox;
import com.resellerplans.outbox.InboxChannel;
import com.resellerplans.subscription.domain.StorefrontRecords;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records storefront activations, suspensions and purges from storefront-alias-service, once per event. */
@ApplicationScoped
public class StorefrontConsumer implements InboxChannel {
    private static final String CHANNEL = "storefronts";

    private final Inbox inbox;
    private final EventHandlers handlers;

    StorefrontConsumer(Inbox inbox, StorefrontRecords storefronts) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(
                        CHANNEL, Contracts.STOREFRONT_ACTIVATED, (envelope, event) -> storefronts.activated(event))
                .and(Contracts.STOREFRONT_SUSPENDED, (envelope, event) -> storefronts.suspended(event))
                .and(Contracts.STOREFRONT_PURGED, (envelope, event) -> storefronts.purged(event));
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
