package com.resellerplans.faults;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.ServiceProcesses;
import com.resellerplans.localservers.TestServers;
import jakarta.mail.MessagingException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * What must hold once the suite is quiet, read from the services' own databases and the SMTP server's mails:
 * each executed order changed one subscription once, each subscription event changed one storefront once, each
 * event that mails someone mailed each recipient once (a Message-ID at most {@code maxCopiesOfAMail} times),
 * no outbox row is left unsent and no record went to a dead-letter topic (every event here is a good one, and a
 * record in hand at a SIGTERM must come again, not be dead-lettered), and what {@link OrderInvariants} checks of
 * order. Each breach is one line naming what and where.
 */
final class Invariants {
    private static final String DEAD_LETTER_TOPIC_PREFIX = "dead-letter-topic-";
    private static final List<String> MAILING_EVENTS = List.of(
            "storefront.activated.v1",
            "subscription.upgraded.v2",
            "subscription.cancellation-requested.v2",
            "subscription.cancelled.v2");

    private Invariants() {}

    static List<String> breaches(Set<String> distributors, int maxCopiesOfAMail) {
        List<String> breaches = new ArrayList<>();
        try {
            unsentOutboxRows(breaches);
            ordersChangeOneSubscriptionEach(distributors, breaches);
            subscriptionEventsChangeOneStorefrontEach(distributors, breaches);
            eventsMailEachRecipientOnce(distributors, maxCopiesOfAMail, breaches);
            OrderInvariants.check(distributors, breaches);
        } catch (SQLException e) {
            breaches.add("a database could not be read: " + e.getMessage());
        }
        deadLetters(breaches);
        return breaches;
    }

    private static void deadLetters(List<String> breaches) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(DEAD_LETTER_TOPIC_PREFIX))
                    .toList();
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
            Map<String, Long> recordsPerTopic = new TreeMap<>();
            partitions.forEach(partition -> recordsPerTopic.merge(
                    partition.topic(), latest.get(partition) - earliest.get(partition), Long::sum));
            recordsPerTopic.forEach((topic, records) -> {
                if (records > 0) {
                    breaches.add(records + " record(s) in the dead-letter topic " + topic);
                }
            });
        } catch (ExecutionException e) {
            breaches.add("Kafka could not be read: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaches.add("interrupted while reading Kafka");
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all()
                .get()
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static void unsentOutboxRows(List<String> breaches) throws SQLException {
        for (Map.Entry<String, String> service : ServiceProcesses.DATABASES.entrySet()) {
            for (Map<String, Object> row : query(
                    service.getValue(),
                    "SELECT id, event_type, attempts, last_error FROM outbox_message WHERE sent_at IS NULL")) {
                breaches.add(service.getKey() + ": outbox row " + row.get("id") + " (" + row.get("event_type")
                        + ") unsent after " + row.get("attempts") + " attempts, last error " + row.get("last_error"));
            }
        }
    }

    private static void ordersChangeOneSubscriptionEach(Set<String> distributors, List<String> breaches)
            throws SQLException {
        Map<String, Long> changesPerOrder = new HashMap<>();
        for (Map<String, Object> row : query(
                "subscriptions",
                "SELECT order_id, count(*) AS changes"
                        + " FROM subscription_history WHERE distributor_id = ANY(?) AND order_id IS NOT NULL"
                        + " GROUP BY order_id",
                distributors)) {
            changesPerOrder.put((String) row.get("order_id"), (Long) row.get("changes"));
        }
        for (Map<String, Object> order : query(
                "orders",
                "SELECT id::text AS id, status, kind FROM orders"
                        + " WHERE distributor_id = ANY(?) AND status IN ('EXECUTED', 'REJECTED')",
                distributors)) {
            long changes = changesPerOrder.getOrDefault((String) order.get("id"), 0L);
            long expected = "EXECUTED".equals(order.get("status")) ? 1 : 0;
            if (changes != expected) {
                breaches.add("order " + order.get("id") + " (" + order.get("status") + ", " + order.get("kind")
                        + ") changed " + changes + " subscriptions in subscription-service, expected " + expected);
            }
        }
    }

    private static void subscriptionEventsChangeOneStorefrontEach(Set<String> distributors, List<String> breaches)
            throws SQLException {
        Map<String, Long> activations = storefrontEventsPerSubscription("storefront.activated.v1");
        Map<String, Long> suspensions = storefrontEventsPerSubscription("storefront.suspended.v1");
        Map<String, Long> applied = new HashMap<>();
        for (Map<String, Object> row :
                query("storefronts", "SELECT event_id, count(*) AS times FROM inbox_event GROUP BY event_id")) {
            applied.put((String) row.get("event_id"), (Long) row.get("times"));
        }
        for (Map<String, Object> event : subscriptionEvents(distributors)) {
            String type = (String) event.get("event_type");
            String subscription = (String) event.get("subscription_id");
            long changes = switch (type) {
                case "subscription.activated.v2" -> activations.getOrDefault(subscription, 0L);
                case "subscription.cancelled.v2" -> suspensions.getOrDefault(subscription, 0L);
                case "subscription.upgraded.v2" ->
                    applied.getOrDefault(event.get("id").toString(), 0L);
                default -> 1;
            };
            if (changes != 1) {
                breaches.add(type + " " + event.get("id") + " of subscription " + subscription + " made " + changes
                        + " storefront changes in storefront-alias-service, expected 1");
            }
        }
    }

    private static void eventsMailEachRecipientOnce(Set<String> distributors, int maxCopies, List<String> breaches)
            throws SQLException {
        Map<String, List<Map<String, Object>>> deliveriesPerEvent = new HashMap<>();
        for (Map<String, Object> row : query(
                "notifications",
                "SELECT event_id, recipient, template_key, status,"
                        + " message_id, attempts, last_error FROM delivery WHERE distributor_id = ANY(?)",
                distributors)) {
            deliveriesPerEvent
                    .computeIfAbsent((String) row.get("event_id"), k -> new ArrayList<>())
                    .add(row);
        }
        List<Map<String, Object>> mailingEvents = new ArrayList<>();
        mailingEvents.addAll(query(
                "storefronts",
                "SELECT id::text AS id, event_type FROM outbox_message"
                        + " WHERE event_type = 'storefront.activated.v1'"
                        + " AND payload::jsonb -> 'reseller' ->> 'distributorId' = ANY(?)",
                distributors));
        subscriptionEvents(distributors).stream()
                .filter(event -> MAILING_EVENTS.contains((String) event.get("event_type")))
                .forEach(mailingEvents::add);

        Map<String, Long> copiesAtSmtp = mailsPerMessageId();
        for (Map<String, Object> event : mailingEvents) {
            List<Map<String, Object>> deliveries = deliveriesPerEvent.getOrDefault((String) event.get("id"), List.of());
            if (deliveries.isEmpty()) {
                breaches.add(
                        event.get("event_type") + " " + event.get("id") + " has no delivery in notification-service");
            }
            Map<String, Long> perRecipient = new HashMap<>();
            for (Map<String, Object> delivery : deliveries) {
                perRecipient.merge(delivery.get("template_key") + " to " + delivery.get("recipient"), 1L, Long::sum);
                long copies = copiesAtSmtp.getOrDefault(bare((String) delivery.get("message_id")), 0L);
                if (!"SENT".equals(delivery.get("status")) || copies < 1 || copies > maxCopies) {
                    breaches.add("delivery " + delivery.get("message_id") + " of " + event.get("event_type") + " "
                            + event.get("id") + " is " + delivery.get("status") + " after " + delivery.get("attempts")
                            + " attempts (last error " + delivery.get("last_error") + ") and reached SMTP " + copies
                            + " times, expected 1" + (maxCopies > 1 ? " to " + maxCopies : ""));
                }
            }
            perRecipient.forEach((recipient, count) -> {
                if (count > 1) {
                    breaches.add(event.get("id") + ": " + count + " deliveries of " + recipient);
                }
            });
        }
    }

    /** The subscription events of these distributors' resellers, with the subscription each is about. */
    private static List<Map<String, Object>> subscriptionEvents(Set<String> distributors) throws SQLException {
        return query(
                "subscriptions",
                "SELECT id::text AS id, event_type,"
                        + " payload::jsonb ->> 'subscriptionId' AS subscription_id FROM outbox_message"
                        + " WHERE event_type LIKE 'subscription.%'"
                        + " AND payload::jsonb -> 'reseller' ->> 'distributorId' = ANY(?)",
                distributors);
    }

    private static Map<String, Long> storefrontEventsPerSubscription(String type) throws SQLException {
        Map<String, Long> perSubscription = new HashMap<>();
        for (Map<String, Object> row : query(
                "storefronts",
                "SELECT payload::jsonb ->> 'subscriptionId' AS subscription,"
                        + " count(*) AS events FROM outbox_message WHERE event_type = ? GROUP BY 1",
                type)) {
            perSubscription.put((String) row.get("subscription"), (Long) row.get("events"));
        }
        return perSubscription;
    }

    private static Map<String, Long> mailsPerMessageId() {
        Map<String, Long> copies = new HashMap<>();
        for (MailServer.Mail mail : TestServers.mail().mails()) {
            try {
                String messageId = mail.message().getMessageID();
                if (messageId != null) {
                    copies.merge(bare(messageId), 1L, Long::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("Unreadable mail " + mail.id(), e);
            }
        }
        return copies;
    }

    /** A Message-ID without its angle brackets, however it was written down. */
    static String bare(String messageId) {
        return messageId.trim().replaceAll("^<|>$", "");
    }

    /** Rows as column → value; a Set parameter is bound as a text array. */
    static List<Map<String, Object>> query(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestServers.postgres().connect(database);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Set<?> values) {
                    Array array = connection.createArrayOf("text", values.toArray());
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
