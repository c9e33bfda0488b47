package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.checkOutPlan;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.operatorCancels;
import static com.resellerplans.journey.Journeys.registerReseller;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.TestServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AsyncAPI document the gateway serves ({@code /asyncapi}) against the records on the broker: a reseller's
 * whole life (registered, Free, Standard, a cancellation at the end of the term brought forward) publishes every kind of
 * event it can, and every record of it read from the topics conforms: its CloudEvents headers to CloudEventHeaders, its
 * key to {@code ce_subject} (the reseller id), its type to a message of its topic's channel with that
 * {@code messageId}, its body to that message's payload.
 */
@ExtendWith(RunningSuite.class)
class AsyncApiRecordsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> A_RESELLERS_LIFE = Set.of(
            "order.executed.v1",
            "reseller.registered.v1",
            "subscription.activated.v2",
            "subscription.upgraded.v2",
            "subscription.cancellation-requested.v2",
            "subscription.cancelled.v2",
            "storefront.activated.v1",
            "storefront.suspended.v1");

    @Test
    void everyRecordOnTheTopicsIsTheMessageTheAsyncApiDocumentSays() throws Exception {
        JsonNode asyncApi = new YAMLMapper()
                .readTree(given().get("/asyncapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        // the document's own "id" is AsyncAPI's, which JSON Schema would read as a (draft-04) schema id
        ((ObjectNode) asyncApi).remove("id");
        DocumentSchemas schemas = new DocumentSchemas("urn:reseller-plans:events", JSON.writeValueAsString(asyncApi));
        // an address under a delegated top-level domain: format email checks the IANA list, .example is not on it
        String distributor = newDistributor();
        String email = "events@" + distributor + ".example.com";
        Reseller reseller = new Reseller(distributor, registerReseller(distributor, "Reseller events", email), email);
        String alias = "ev" + UUID.randomUUID().toString().substring(0, 8);
        String subscription = checkOutPlan(reseller, "FREE_PLAN", alias);
        checkOutPlan(reseller, "STANDARD_PLAN", null);
        operatorCancels(reseller, subscription, "END_OF_TERM").then().statusCode(200);
        operatorCancels(reseller, subscription, "IMMEDIATE").then().statusCode(200);

        Set<String> published = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<String> topics = new ArrayList<>();
            asyncApi.path("channels").fieldNames().forEachRemaining(topics::add);
            consumer.subscribe(topics);
            await().atMost(EVENTUALLY).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    // only this journey's records: other journeys' contacts are under .example
                    if (reseller.id().equals(record.key())) {
                        published.add(assertConforms(asyncApi, schemas, record));
                    }
                }
                return published.containsAll(A_RESELLERS_LIFE);
            });
        }
    }

    /** Checks one record against the document; returns its event type. */
    private static String assertConforms(
            JsonNode asyncApi, DocumentSchemas schemas, ConsumerRecord<String, byte[]> record) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        String described = record.topic() + " record " + headers;
        schemas.assertConforms(described, JSON.writeValueAsString(headers), "/components/schemas/CloudEventHeaders");
        assertThat(record.key()).as(described + ": the key is ce_subject").isEqualTo(headers.get("ce_subject"));
        String type = headers.get("ce_type");
        List<String> channelMessages = asyncApi.path("channels")
                .path(record.topic())
                .path("subscribe")
                .path("message")
                .path("oneOf")
                .findValuesAsText("$ref");
        assertThat(channelMessages)
                .as(described + ": a message of its channel")
                .contains("#/components/messages/" + type);
        assertThat(asyncApi.path("components")
                        .path("messages")
                        .path(type)
                        .path("messageId")
                        .asText())
                .as(described + ": its messageId")
                .isEqualTo(type);
        schemas.assertConforms(
                described,
                new String(record.value(), StandardCharsets.UTF_8),
                "/components/messages/" + type + "/payload");
        return type;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties settings = new Properties();
        settings.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "asyncapi-check-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
