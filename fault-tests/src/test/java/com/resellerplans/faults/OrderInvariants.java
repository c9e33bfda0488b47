package com.resellerplans.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.resellerplans.events.CloudEventHeaders;
import com.resellerplans.events.Topics;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import jakarta.mail.MessagingException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The invariants of order with several instances of every service: each reseller's events reached every topic in
 * the order they were written (a duplicate may follow, never overtake), each recipient's emails about a reseller
 * arrived in the order they were queued, and order-service's plan position of every reseller agrees with
 * subscription-service's live subscription, so no reseller is left unable to order.
 */
final class OrderInvariants {
    /** Each topic and the database whose outbox writes it. */
    private static final Map<String, String> WRITERS =
            Map.of(Topics.ORDERS, "orders", Topics.SUBSCRIPTIONS, "subscriptions", Topics.STOREFRONTS, "storefronts");

    private static final Duration READ_TOPIC_WITHIN = Duration.ofSeconds(30);

    private OrderInvariants() {}

    static void check(Set<String> distributors, List<String> breaches) throws SQLException {
        for (Map.Entry<String, String> topic : WRITERS.entrySet()) {
            eachResellersEventsInWrittenOrder(topic.getKey(), topic.getValue(), distributors, breaches);
        }
        eachRecipientsEmailsInQueuedOrder(distributors, breaches);
        positionsAgreeWithSubscriptions(distributors, breaches);
    }

    private static void eachResellersEventsInWrittenOrder(
            String topic, String database, Set<String> distributors, List<String> breaches) throws SQLException {
        Map<String, List<String>> written = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        for (Map<String, Object> row : Invariants.query(
                database,
                "SELECT id::text AS id, message_key, event_type"
                        + " FROM outbox_message WHERE topic = ? AND payload::jsonb -> 'reseller' ->> 'distributorId' = ANY(?)"
                        + " ORDER BY sequence_number",
                topic,
                distributors)) {
            written.computeIfAbsent((String) row.get("message_key"), k -> new ArrayList<>())
                    .add((String) row.get("id"));
            typeOf.put((String) row.get("id"), (String) row.get("event_type"));
        }
        Map<String, Set<String>> published = firstOccurrencesPerKey(topic);
        written.forEach((reseller, expected) -> {
            List<String> arrived = published.getOrDefault(reseller, Set.of()).stream()
                    .filter(typeOf::containsKey)
                    .toList();
            if (!arrived.equals(expected)) {
                breaches.add("reseller " + reseller + " on " + topic + ": events reached Kafka as "
                        + arrived.stream().map(typeOf::get).toList() + ", written as "
                        + expected.stream().map(typeOf::get).toList());
            }
        });
    }

    /** Each key's event ids in offset order, each the first time it appears. */
    private static Map<String, Set<String>> firstOccurrencesPerKey(String topic) {
        Map<String, Set<String>> perKey = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestServers.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TOPIC_WITHIN.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            topic + " could not be read to its end within " + READ_TOPIC_WITHIN);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                    perKey.computeIfAbsent(record.key(), k -> new LinkedHashSet<>())
                            .add(id == null ? null : new String(id.value(), UTF_8));
                }
            }
        }
        return perKey;
    }

    private static void eachRecipientsEmailsInQueuedOrder(Set<String> distributors, List<String> breaches)
            throws SQLException {
        Map<String, Map<String, Object>> deliveryOf = new HashMap<>();
        for (Map<String, Object> row : Invariants.query(
                "notifications",
                "SELECT message_id, reseller_id, recipient,"
                        + " template_key, queue_position FROM delivery WHERE distributor_id = ANY(?)",
                distributors)) {
            deliveryOf.put(Invariants.bare((String) row.get("message_id")), row);
        }
        Map<String, List<Map<String, Object>>> arrivedPerMailbox = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<MailServer.Mail> newestFirst = TestServers.mail().mails();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Map<String, Object> delivery = deliveryOf.get(messageId(newestFirst.get(i)));
            if (delivery != null && seen.add((String) delivery.get("message_id"))) {
                arrivedPerMailbox
                        .computeIfAbsent(
                                delivery.get("reseller_id") + " to " + delivery.get("recipient"),
                                k -> new ArrayList<>())
                        .add(delivery);
            }
        }
        arrivedPerMailbox.forEach((mailbox, arrived) -> {
            List<Long> positions = arrived.stream()
                    .map(delivery -> (Long) delivery.get("queue_position"))
                    .toList();
            if (!positions.equals(positions.stream().sorted().toList())) {
                breaches.add("emails of reseller " + mailbox + " arrived as "
                        + arrived.stream()
                                .map(delivery -> delivery.get("template_key"))
                                .toList()
                        + " (queue positions " + positions + "), not in the order they were queued");
            }
        });
    }

    private static String messageId(MailServer.Mail mail) {
        try {
            String messageId = mail.message().getMessageID();
            return messageId == null ? null : Invariants.bare(messageId);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail " + mail.id(), e);
        }
    }

    private static void positionsAgreeWithSubscriptions(Set<String> distributors, List<String> breaches)
            throws SQLException {
        Map<String, Map<String, Object>> liveSubscriptionOf = new HashMap<>();
        for (Map<String, Object> row : Invariants.query(
                "subscriptions",
                "SELECT reseller_id::text AS reseller_id,"
                        + " id::text AS id, plan, status FROM subscription WHERE distributor_id = ANY(?)"
                        + " AND status <> 'CANCELLED'",
                distributors)) {
            liveSubscriptionOf.put((String) row.get("reseller_id"), row);
        }
        for (Map<String, Object> position : Invariants.query(
                "orders",
                "SELECT reseller_id, tier, subscription_id,"
                        + " cancellation_pending FROM plan_position WHERE distributor_id = ANY(?)",
                distributors)) {
            Map<String, Object> live = liveSubscriptionOf.get((String) position.get("reseller_id"));
            String expectedTier = live == null ? "BASIC" : (String) live.get("plan");
            boolean expectedPending = live != null && "PENDING_CANCELLATION".equals(live.get("status"));
            String expectedSubscription = live == null ? null : (String) live.get("id");
            boolean agrees = expectedTier.equals(position.get("tier"))
                    && expectedPending == (Boolean) position.get("cancellation_pending")
                    && (live == null || Objects.equals(expectedSubscription, position.get("subscription_id")));
            if (!agrees) {
                breaches.add("reseller " + position.get("reseller_id") + ": order-service holds " + position.get("tier")
                        + " (subscription " + position.get("subscription_id") + ", cancellation pending "
                        + position.get("cancellation_pending") + ") but subscription-service "
                        + (live == null
                                ? "has no live subscription"
                                : "has " + live.get("plan") + " " + live.get("status") + " (" + expectedSubscription
                                        + ")"));
            }
        }
    }
}
