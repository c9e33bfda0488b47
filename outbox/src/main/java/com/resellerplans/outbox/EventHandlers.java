package com.resellerplans.outbox;

import com.resellerplans.events.EventContract;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which handler a consumer runs for each event type it cares about; other types on the topic are skipped. */
public final class EventHandlers {
    private final Map<String, Registration<?>> byType = new HashMap<>();

    private EventHandlers() {}

    public static <T> EventHandlers on(EventContract<T> contract, EventHandler<T> handler) {
        return new EventHandlers().and(contract, handler);
    }

    /** Runs {@code handler} for the contract's type and for the type it superseded (same payload record). */
    public <T> EventHandlers and(EventContract<T> contract, EventHandler<T> handler) {
        contract.consumedTypes().forEach(type -> byType.put(type, new Registration<>(contract, handler)));
        return this;
    }

    Optional<Registration<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Registration<T>(EventContract<T> contract, EventHandler<T> handler) {}
}
