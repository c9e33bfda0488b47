package com.resellerplans.gateway.health;

import com.resellerplans.gateway.config.GatewayConfig;
import com.resellerplans.gateway.routing.Routes;
import com.resellerplans.gateway.routing.Service;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready as soon as the routing table is loaded. The backends are listed for information only: a
 * service being down must not take the whole public door out of rotation (its routes answer 503).
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

    private final GatewayConfig config;

    public RoutingReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gateway-routing")
                .up()
                .withData("routes", Routes.all().size());
        for (Service service : Service.values()) {
            response.withData(service.name().toLowerCase(), service.baseUrl(config.services()).toString());
        }
        return response.build();
    }
}
