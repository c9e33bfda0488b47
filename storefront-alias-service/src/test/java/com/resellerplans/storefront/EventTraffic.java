package com.resellerplans.storefront;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.EventContract;
import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Real Kafka traffic for tests: produces CloudEvents records as a publisher would and reads what was published. */
public final class EventTraffic {
    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventTraffic() {}

    /** The shared test broker's PLAINTEXT listener. */
    private static Map<String, Object> sharedBroker() {
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                TestServers.kafka().bootstrapServers());
    }

    /** Produces one event (binary CloudEvents, key = reseller id) with the given event id. */
    public static void produce(EventContract<?> contract, String eventId, String resellerId, Object payload) {
        produce(sharedBroker(), contract, eventId, resellerId, payload);
    }

    /** Produces one event with a fresh id to the broker the client settings name; returns the id. */
    public static String produce(
            Map<String, Object> client, EventContract<?> contract, String resellerId, Object payload) {
        String eventId = UUID.randomUUID().toString();
        produce(client, contract, eventId, resellerId, payload);
        return eventId;
    }

    private static void produce(
            Map<String, Object> client, EventContract<?> contract, String eventId, String resellerId, Object payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.ID, eventId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, contract.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/subscription-service".getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, resellerId.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(
                            contract.topic(), null, resellerId, JSON.writeValueAsString(payload), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not produce " + contract.type(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Produces one event with a fresh id; returns the id. */
    public static String produce(EventContract<?> contract, String resellerId, Object payload) {
        return produce(sharedBroker(), contract, resellerId, payload);
    }

    /** A plain consumer of a topic from its beginning, keeping every record it has read. */
    public static final class TopicReader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        public TopicReader(String topic) {
            this(topic, sharedBroker());
        }

        /** A reader of the broker the client settings name. */
        public TopicReader(String topic, Map<String, Object> client) {
            Map<String, Object> settings = new HashMap<>(client);
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
            settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            consumer = new KafkaConsumer<>(settings);
            consumer.subscribe(List.of(topic));
        }

        /** Polls once more and answers every record so far with this key and event type. */
        public List<ConsumerRecord<String, String>> records(String key, String type) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream()
                    .filter(record -> key.equals(record.key()) && type.equals(header(record, CloudEventHeaders.TYPE)))
                    .toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    public static JsonNode body(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
