package com.resellerplans.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.Contact;
import com.resellerplans.events.EventContract;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.SubscriptionUpgraded;
import com.resellerplans.localservers.TestServers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces real CloudEvents records (binary mode) to the shared broker, as the other services' relays do. */
public final class Events {
    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {}

    /** Produces the event under the given CloudEvents id and waits for the broker's acknowledgement. */
    public static <T> void produce(EventContract<T> contract, String ceId, ResellerSnapshot reseller, T payload) {
        produceAll(contract, Map.of(ceId, new Keyed<>(reseller, payload)));
    }

    /** Produces each event (by CloudEvents id) with one producer and waits until the broker has them all. */
    public static <T> void produceAll(EventContract<T> contract, Map<String, Keyed<T>> events) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Map.Entry<String, Keyed<T>> event : events.entrySet()) {
                sent.add(producer.send(record(contract, event.getKey(), event.getValue())));
            }
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce " + contract.type(), e);
        }
    }

    private static <T> ProducerRecord<String, String> record(EventContract<T> contract, String ceId, Keyed<T> event)
            throws JsonProcessingException {
        String resellerId = event.reseller().id();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, ceId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, contract.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/test".getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, resellerId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        return new ProducerRecord<>(
                contract.topic(), null, resellerId, JSON.writeValueAsString(event.payload()), headers);
    }

    /** An event's payload with the reseller whose id keys its record. */
    public record Keyed<T>(ResellerSnapshot reseller, T payload) {}

    /** A reseller of the distributor whose primary contact has a unique address. */
    public static ResellerSnapshot reseller(String distributorId, String name) {
        String id = UUID.randomUUID().toString();
        return new ResellerSnapshot(
                id, distributorId, name, new Contact("Ann Lee", "ann-" + id.substring(0, 8) + "@reseller.example"));
    }

    public static StorefrontActivated storefrontActivated(ResellerSnapshot reseller, String alias) {
        return new StorefrontActivated(
                UUID.randomUUID().toString(),
                1,
                reseller,
                UUID.randomUUID().toString(),
                alias,
                "https://cloud.disti.example/" + alias,
                Plan.STANDARD,
                false,
                Instant.now());
    }

    public static SubscriptionUpgraded subscriptionUpgraded(ResellerSnapshot reseller, String alias) {
        return new SubscriptionUpgraded(
                UUID.randomUUID().toString(),
                2,
                1,
                reseller,
                Plan.FREE,
                Plan.STANDARD,
                alias,
                UUID.randomUUID().toString(),
                Instant.now());
    }
}
