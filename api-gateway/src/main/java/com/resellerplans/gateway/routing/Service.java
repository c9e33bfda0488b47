package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.config.GatewayConfig;

import java.net.URI;

/** The backend services the gateway forwards to. */
public enum Service {
    ORDER,
    SUBSCRIPTION,
    STOREFRONT,
    NOTIFICATION;

    /** This service's configured base URL. */
    public URI baseUrl(GatewayConfig.Services services) {
        return switch (this) {
            case ORDER -> services.order();
            case SUBSCRIPTION -> services.subscription();
            case STOREFRONT -> services.storefront();
            case NOTIFICATION -> services.notification();
        };
    }
}
