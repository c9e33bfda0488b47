package com.resellerplans.gateway.health;

import com.resellerplans.gateway.config.GatewayConfig;
import com.resellerplans.gateway.routing.Routes;
import com.resellerplans.gateway.routing.Service;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready as soon as the routing table is loaded. The backends' instances are listed for information only: a
 * service being down, all its instances included, must not take the whole public door out of rotation (its
 * routes answer 503, every other route keeps working).
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
            response.withData(
                    service.name().toLowerCase(),
                    service.instances(config.services()).stream()
                            .map(URI::toString)
                            .collect(Collectors.joining(",")));
        }
        return response.build();
    }
}
