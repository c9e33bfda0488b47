package com.resellerplans.subscription.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.Contact;
import com.resellerplans.events.EventContract;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.localservers.TestServers;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds the events other services publish and produces them to the real broker, as they would. */
public final class EventRecords {
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventRecords() {}

    public static ResellerSnapshot reseller(String distributorId) {
        return reseller(distributorId, UUID.randomUUID().toString());
    }

    public static ResellerSnapshot reseller(String distributorId, String resellerId) {
        return new ResellerSnapshot(
                resellerId,
                distributorId,
                "Reseller " + resellerId.substring(0, 8),
                new Contact("Ann Lee", "ann@" + resellerId.substring(0, 8) + ".example"));
    }

    public static OrderExecuted newOrder(ResellerSnapshot reseller, Plan plan) {
        return new OrderExecuted(
                UUID.randomUUID().toString(),
                2,
                reseller,
                Channel.STOREFRONT,
                new Actor("admin@" + reseller.id(), "reseller-admin"),
                OrderKind.NEW,
                plan,
                "alias-" + reseller.id().substring(0, 8),
                null,
                Instant.now());
    }

    public static OrderExecuted upgradeOrder(ResellerSnapshot reseller, String subscriptionId) {
        return new OrderExecuted(
                UUID.randomUUID().toString(),
                2,
                reseller,
                Channel.BSS,
                new Actor("operator@" + reseller.distributorId(), "bss-operator"),
                OrderKind.UPGRADE,
                Plan.STANDARD,
                null,
                subscriptionId,
                Instant.now());
    }

    /** Produces one CloudEvent (binary mode) and waits for the broker's acknowledgement. */
    public static <T> void produce(EventContract<T> contract, String eventId, String resellerId, T payload) {
        produceJson(contract, eventId, resellerId, toJson(payload));
    }

    /** Produces one CloudEvent of the contract's type whatever its body, a poison one included. */
    public static void produceJson(EventContract<?> contract, String eventId, String resellerId, String json) {
        produceTo(contract.topic(), contract.type(), eventId, resellerId, json, Map.of());
    }

    /**
     * Produces one CloudEvent (binary mode) with any further headers to any topic, and answers where the broker put
     * it once acknowledged.
     */
    public static RecordMetadata produceTo(
            String topic, String type, String eventId, String resellerId, String json, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, resellerId, json);
        record.headers()
                .add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8))
                .add(CloudEventHeaders.ID, eventId.getBytes(UTF_8))
                .add(CloudEventHeaders.TYPE, type.getBytes(UTF_8))
                .add(CloudEventHeaders.SOURCE, "/test".getBytes(UTF_8))
                .add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(UTF_8))
                .add(CloudEventHeaders.SUBJECT, resellerId.getBytes(UTF_8))
                .add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test record", e.getCause());
        }
    }

    private static String toJson(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
