package com.resellerplans.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across the outbox: the writing transaction's W3C trace context is stored with the row,
 * the relay's producer span continues it and travels as Kafka headers, and the consumer's span continues
 * that. With tracing switched off every method still works and carries nothing.
 */
@ApplicationScoped
public class EventTracing {
    static final String TRACE_PARENT = "traceparent";
    static final String TRACE_STATE = "tracestate";
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
    private static final TextMapGetter<Headers> FROM_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return StreamSupport.stream(carrier.spliterator(), false)
                    .map(Header::key)
                    .toList();
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null ? null : new String(header.value(), UTF_8);
        }
    };

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("com.resellerplans.outbox");
    }

    /** The current trace context as W3C headers (empty when there is no trace), to store with a row. */
    Map<String, String> current() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier;
    }

    /** Starts the relay's producer span for one row, a child of the trace stored with it. */
    Span startPublish(OutboxMessage message) {
        Map<String, String> stored = new HashMap<>();
        if (message.traceParent() != null) {
            stored.put(TRACE_PARENT, message.traceParent());
        }
        if (message.traceState() != null) {
            stored.put(TRACE_STATE, message.traceState());
        }
        Context parent = propagator.extract(Context.root(), stored, FROM_MAP);
        return tracer.spanBuilder(message.topic() + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", message.topic())
                .setAttribute("messaging.message.id()", message.id().toString())
                .setAttribute("cloudevents.event_type", message.type())
                .startSpan();
    }

    /** Writes the span's context into the record's headers, for the consumer to continue. */
    void inject(Span span, Headers headers) {
        propagator.inject(
                Context.root().with(span), headers, (carrier, key, value) -> carrier.add(key, value.getBytes(UTF_8)));
    }

    /** Starts the consumer span of one record, a child of the producer span its headers name. */
    Span startConsume(ConsumerRecord<String, String> record, String consumer, String eventType, String eventId) {
        Context parent = propagator.extract(Context.root(), record.headers(), FROM_HEADERS);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id()", eventId == null ? "" : eventId)
                .setAttribute("cloudevents.event_type", eventType == null ? "" : eventType)
                .startSpan();
    }

    /** Ends a span as failed. */
    static void fail(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
    }
}
