package com.resellerplans.journey;

import com.resellerplans.localservers.TestServers;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole suite once per test JVM, as production runs it: real PostgreSQL, Kafka and SMTP, and
 * each service's packaged jar as its own process. Journey tests talk to the gateway only.
 */
public final class RunningSuite implements BeforeAllCallback {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> BACKENDS =
            List.of("order-service", "subscription-service", "storefront-alias-service", "notification-service");
    private static final Map<String, String> DATABASES = Map.of(
            "order-service", "orders",
            "subscription-service", "subscriptions",
            "storefront-alias-service", "storefronts",
            "notification-service", "notifications");
    private static final Object LOCK = new Object();
    private static Services started;
    private static Exception startFailure;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LOCK) {
            if (startFailure != null) {
                throw new IllegalStateException("The suite failed to start for an earlier test class", startFailure);
            }
            if (started == null) {
                try {
                    started = startSuite();
                } catch (Exception e) {
                    startFailure = e;
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "journey-suite-shutdown"));
            }
        }
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = started.gatewayPort();
    }

    private static Services startSuite() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("reseller-plans.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("journey-tests/target/service-logs");
        Files.createDirectories(logs);
        TestServers.startAll();
        DATABASES.values().forEach(database -> TestServers.postgres().createDatabaseIfAbsent(database));

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : BACKENDS) {
            ports.put(service, freePort());
        }
        ports.put("api-gateway", freePort());

        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", TestServers.kafka().bootstrapServers());
        common.put("QUARKUS_DATASOURCE_USERNAME", TestServers.postgres().username());
        common.put("QUARKUS_DATASOURCE_PASSWORD", TestServers.postgres().password());
        common.put("QUARKUS_MAILER_HOST", "localhost");
        common.put("QUARKUS_MAILER_PORT", Integer.toString(TestServers.mail().smtpPort()));
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestServers.keys().publicKeyPath().toString());
        common.put("SERVICE_TOKEN_SIGNING_KEY_LOCATION", TestServers.keys().privateKeyPath().toString());
        common.put("SUBSCRIPTIONS_TERM_LENGTH", Journeys.TERM.toString());
        common.put("SUBSCRIPTIONS_CANCELLATION_SWEEP_EVERY", "1s");
        common.put("ORDER_SERVICE_URL", "http://localhost:" + ports.get("order-service"));
        common.put("SUBSCRIPTION_SERVICE_URL", "http://localhost:" + ports.get("subscription-service"));
        common.put("STOREFRONT_SERVICE_URL", "http://localhost:" + ports.get("storefront-alias-service"));
        common.put("NOTIFICATION_SERVICE_URL", "http://localhost:" + ports.get("notification-service"));

        List<Process> processes = new ArrayList<>();
        Services services = new Services(processes, ports.get("api-gateway"));
        try {
            for (Map.Entry<String, Integer> service : ports.entrySet()) {
                Map<String, String> environment = new LinkedHashMap<>(common);
                environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.getValue()));
                String database = DATABASES.get(service.getKey());
                if (database != null) {
                    environment.put("QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgres().jdbcUrl(database));
                }
                processes.add(launch(root, service.getKey(), environment, logs));
            }
            for (Map.Entry<String, Integer> service : ports.entrySet()) {
                awaitReady(service.getKey(), service.getValue(), logs);
            }
            return services;
        } catch (IOException | InterruptedException | RuntimeException e) {
            services.stop();
            throw e;
        }
    }

    private static Process launch(Path root, String service, Map<String, String> environment, Path logs)
            throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service + ".log").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitReady(String service, int port, Path logs) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within " + READY_TIMEOUT + "; its log:\n"
                + Files.readString(logs.resolve(service + ".log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Services(List<Process> processes, int gatewayPort) {
        void stop() {
            processes.forEach(Process::destroy);
            for (Process process : processes) {
                try {
                    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }
    }
}
