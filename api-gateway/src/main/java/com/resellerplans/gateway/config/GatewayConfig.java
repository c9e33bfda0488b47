package com.resellerplans.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Typed {@code gateway.*} configuration: where the backends live and how the gateway talks to them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URLs of the services the gateway forwards to. */
    Services services();

    /** Connection settings towards the backends. */
    Backend backend();

    /** Largest request body the gateway forwards; larger ones are refused with 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Base URL (scheme, host, port) of each backend service. */
    interface Services {

        /** order-service: plans, baskets, orders, upgrades. */
        URI order();

        /** subscription-service: resellers, subscriptions, cancellation policy. */
        URI subscription();

        /** storefront-alias-service: aliases, storefronts, public storefront pages and sign-in. */
        URI storefront();

        /** notification-service: templates, recipients, sender settings, deliveries. */
        URI notification();
    }

    /** How the gateway's HTTP client reaches the backends. */
    interface Backend {

        /** Time allowed to open a connection before the backend counts as down (503). */
        @WithDefault("2S")
        Duration connectTimeout();

        /** Time a backend may stay silent on an open request before the gateway gives up (503). */
        @WithDefault("30S")
        Duration idleTimeout();

        /** Largest number of pooled connections to each backend. */
        @WithDefault("64")
        int poolSize();

        /** Requests that may wait for a pooled connection before new ones are refused. */
        @WithDefault("256")
        int waitQueueSize();
    }
}
