package com.resellerplans.outbox;

import io.smallrye.config.ConfigMapping;

/** The service's name, {@code quarkus.application.name}: the events' source, the consumer and the relay's client. */
@ConfigMapping(prefix = "quarkus.application")
public interface ServiceName {
    String name();
}
