package com.resellerplans.outbox;

import com.resellerplans.events.EventContract;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler a consumer of a channel runs for each event type it cares about; other types on the topic are
 * skipped. The channel's name lets the dead-letter replay ({@link DeadLetters}) find the handlers of a channel.
 */
public final class EventHandlers {
    private final String channel;
    private final Map<String, Registration<?>> byType = new HashMap<>();

    private EventHandlers(String channel) {
        this.channel = channel;
    }

    /** The handlers of the channel ({@code @Incoming}'s name), starting with the contract's. */
    public static <T> EventHandlers on(String channel, EventContract<T> contract, EventHandler<T> handler) {
        return new EventHandlers(channel).and(contract, handler);
    }

    public String channel() {
        return channel;
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
