package com.resellerplans.subscription.support;

import static org.awaitility.Awaitility.await;

import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;

/**
 * Waits until the service's consumers have settled on every partition of a topic: a record whose offset was not
 * yet committed when a joining consumer took its partition over is delivered again (and would be dead-lettered
 * twice), as Kafka's at-least-once delivery allows.
 */
public final class SettledConsumers {
    private static final String GROUP = "subscription-service";

    private SettledConsumers() {}

    public static void on(String topic, Duration atMost) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            await().atMost(atMost).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP))
                        .describedGroups()
                        .get(GROUP)
                        .get();
                long assigned = group.members().stream()
                        .flatMap(member -> member.assignment().topicPartitions().stream())
                        .filter(partition -> partition.topic().equals(topic))
                        .count();
                int partitions = admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions()
                        .size();
                return group.groupState() == GroupState.STABLE && assigned == partitions;
            });
        }
    }
}
