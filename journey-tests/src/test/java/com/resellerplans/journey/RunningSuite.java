package com.resellerplans.journey;

import com.resellerplans.localservers.RunningService;
import com.resellerplans.localservers.ServiceProcesses;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole suite once per test JVM, as production runs it: real PostgreSQL, Kafka and SMTP, and
 * {@value #INSTANCES} instances of each service's packaged jar, each its own process (local-servers'
 * {@link ServiceProcesses}). Journey tests talk to the gateways only, each request to the next gateway
 * ({@link AlternatingGateways}), so every journey crosses instances as production's load balancers make it.
 */
public final class RunningSuite implements BeforeAllCallback {
    /** Instances of every backend, and gateways. */
    static final int INSTANCES = 2;

    private static final Object LOCK = new Object();
    private static ServiceProcesses started;
    private static Exception startFailure;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LOCK) {
            if (startFailure != null) {
                throw new IllegalStateException("The suite failed to start for an earlier test class", startFailure);
            }
            if (started == null) {
                try {
                    started = ServiceProcesses.start(
                            root(),
                            root().resolve("journey-tests/target/service-logs"),
                            INSTANCES,
                            INSTANCES,
                            environment());
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "journey-suite-shutdown"));
                RestAssured.baseURI = "http://localhost";
                RestAssured.port = started.gateway().httpPort();
                RestAssured.filters(new AlternatingGateways(started.gateways().stream()
                        .map(RunningService::httpPort)
                        .toList()));
            }
        }
    }

    /** What the journeys add to every service's environment: their own trace receiver, and short terms. */
    private static Map<String, String> environment() {
        Map<String, String> environment =
                new LinkedHashMap<>(OtlpTraceReceiver.shared().exporterEnvironment());
        // terms of seconds, so the scheduler's end-of-term cancellations happen while a journey watches
        environment.put("SUBSCRIPTIONS_TERM_LENGTH", Journeys.TERM.toString());
        environment.put("SUBSCRIPTIONS_CANCELLATION_SWEEP_EVERY", "1s");
        return environment;
    }

    /** The running instances of the service (each serves health and /q/metrics on its management port). */
    static List<RunningService> instances(String service) {
        synchronized (LOCK) {
            return started.instances(service);
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("reseller-plans.root", ".."))
                .toAbsolutePath()
                .normalize();
    }
}
