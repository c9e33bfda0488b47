package com.resellerplans.events;

import java.time.Instant;

/**
 * The CloudEvents attributes of one event.
 *
 * @param id      unique per event; consumers record it to ignore redeliveries
 * @param type    versioned type string, for example {@code order.executed.v1}
 * @param source  the publishing service, for example {@code /order-service}
 * @param time    when the change that caused the event committed
 * @param subject the reseller id the event is about (also the Kafka key)
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject) {}
