package com.resellerplans.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed {@code gateway.*} configuration: where the backends live and how the gateway talks to them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Where the instances of the services the gateway forwards to listen. */
    Services services();

    /** Connection settings towards the backends. */
    Backend backend();

    /** Largest request body the gateway forwards; larger ones are refused with 413 (Quarkus's own limit). */
    MemorySize maxBodySize();

    /**
     * Longest request line (method, target, version) the gateway serves; a longer one is refused with 414
     * problem+json. Quarkus's own limit ({@code quarkus.http.limits.max-initial-line-length}) must lie above it.
     */
    int maxRequestLineLength();

    /**
     * Where the key tokens are verified with lies (smallrye-jwt's {@code mp.jwt.verify.publickey.location}, which
     * has no typed mapping of its own): a PEM file, checked at startup, or a JWKS URL.
     */
    String tokenKeyLocation();

    /**
     * Most verified tokens a replica keeps, each until it expires, so that a caller's next requests skip the
     * signature check; 0 verifies every request's token.
     */
    @WithDefault("10000")
    int verifiedTokensKept();

    /** Per-caller request limits (per replica). */
    RateLimits rateLimits();

    /** Cross-origin access for the frontends. */
    Cors cors();

    /**
     * Each backend service's instances: base URLs (scheme, host, port), comma-separated in one property. One
     * URL is one address as Kubernetes gives it (a Service name balanced by the cluster); several are balanced
     * by the gateway itself.
     */
    interface Services {

        /** order-service: plans, baskets, orders, upgrades. */
        List<URI> order();

        /** subscription-service: resellers, subscriptions, cancellation policy. */
        List<URI> subscription();

        /** storefront-alias-service: aliases, storefronts, public storefront pages and sign-in. */
        List<URI> storefront();

        /** notification-service: templates, recipients, sender settings, deliveries. */
        List<URI> notification();
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

        /**
         * How long an instance that could not be connected to is offered only after its service's other
         * instances: a dead instance then costs one failed connect per period, not one per turn.
         */
        @WithDefault("5S")
        Duration unreachableRest();
    }

    /** Token buckets per caller (token subject and distributor), kept per replica. */
    interface RateLimits {

        /** Alias availability checks ({@code GET /storefront|bss/v1/aliases/{alias}/availability}). */
        Availability availability();

        /** Storefront sign-ins ({@code POST /public/v1/distributors/{d}/storefronts/{alias}/sign-in}). */
        SignIn signIn();

        /** Most callers whose buckets are kept at once; the longest idle ones are forgotten first. */
        @WithDefault("100000")
        int maxCallers();

        /** Availability is checked while typing: a steady rate plus a burst. */
        interface Availability {

            /** Checks a caller regains per second. */
            @WithDefault("20")
            int perSecond();

            /** Checks a caller may make at once. */
            @WithDefault("40")
            int burst();
        }

        /** Sign-in is rare: a budget per minute. */
        interface SignIn {

            /** Sign-ins a caller may make per minute (also the burst). */
            @WithDefault("30")
            int perMinute();
        }
    }

    /** CORS for the frontends' origins only. */
    interface Cors {

        /** Origins (scheme://host[:port]) allowed to call the gateway from a browser; none: no CORS headers. */
        Optional<List<String>> origins();
    }
}
