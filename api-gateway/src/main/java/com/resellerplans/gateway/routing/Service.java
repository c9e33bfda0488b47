package com.resellerplans.gateway.routing;

import com.resellerplans.gateway.config.GatewayConfig;
import java.net.URI;
import java.util.List;

/** The backend services the gateway forwards to. */
public enum Service {
    ORDER,
    SUBSCRIPTION,
    STOREFRONT,
    NOTIFICATION;

    /** The base URLs of this service's instances, as configured. */
    public List<URI> instances(GatewayConfig.Services services) {
        return switch (this) {
            case ORDER -> services.order();
            case SUBSCRIPTION -> services.subscription();
            case STOREFRONT -> services.storefront();
            case NOTIFICATION -> services.notification();
        };
    }
}
