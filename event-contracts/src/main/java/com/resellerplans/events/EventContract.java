package com.resellerplans.events;

/**
 * Binds a versioned event type to the topic it is published on and the record that carries its payload.
 * A published {@code v1} never changes shape: a new shape is a new contract with a {@code v2} type.
 */
public record EventContract<T>(String type, String topic, Class<T> payloadType) {
}
