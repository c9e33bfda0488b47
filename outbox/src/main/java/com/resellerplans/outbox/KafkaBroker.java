package com.resellerplans.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** The Kafka cluster the relay publishes to, as the service's consumers name it ({@code kafka.*}). */
@ConfigMapping(prefix = "kafka")
public interface KafkaBroker {
    @WithName("bootstrap.servers")
    String bootstrapServers();
}
