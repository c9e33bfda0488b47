package com.resellerplans.events;

import java.util.List;

/**
 * Binds a versioned event type to the topic it is published on and the record that carries its payload.
 * A published {@code v1} never changes shape: a new shape is a new contract with a {@code v2} type, which names
 * the type it supersedes so that consumers still read the records of the old shape left on the topic.
 *
 * @param supersededType the earlier type this one replaced, whose records read into the same payload; null if none
 */
public record EventContract<T>(String type, String topic, Class<T> payloadType, String supersededType) {
    public EventContract(String type, String topic, Class<T> payloadType) {
        this(type, topic, payloadType, null);
    }

    /** Every type a consumer of this contract reads: this one and the one it superseded. */
    public List<String> consumedTypes() {
        return supersededType == null ? List.of(type) : List.of(type, supersededType);
    }
}
