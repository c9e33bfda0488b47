package com.resellerplans.outbox;

import com.resellerplans.events.EventEnvelope;

/** Applies one event's effect; runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler<T> {
    void handle(EventEnvelope envelope, T payload);
}
