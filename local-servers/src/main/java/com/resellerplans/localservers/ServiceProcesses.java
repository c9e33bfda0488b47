package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five packaged services ({@code <module>/target/quarkus-app/quarkus-run.jar}) started as separate
 * processes, as production runs them, on free ports and wired to this JVM's {@link TestServers}.
 */
public final class ServiceProcesses implements AutoCloseable {
    public static final String GATEWAY = "api-gateway";
    /** Each backend and its database; the gateway has none. */
    public static final Map<String, String> DATABASES = orderedDatabases();

    private final Map<String, RunningService> services;

    private ServiceProcesses(Map<String, RunningService> services) {
        this.services = services;
    }

    /**
     * Starts every service and waits until all are ready. {@code extraEnvironment} is added to (and overrides)
     * the environment every service gets: servers, JWT key, the other services' URLs, its own ports.
     */
    public static ServiceProcesses start(Path root, Path logs, Map<String, String> extraEnvironment) {
        TestServers.startAll();
        DATABASES.values().forEach(database -> TestServers.postgres().createDatabaseIfAbsent(database));
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>(DATABASES.keySet());
        names.add(GATEWAY);
        Map<String, Integer> ports = new LinkedHashMap<>();
        names.forEach(name -> ports.put(name, FreePorts.findBelowEphemeralRange()));

        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", TestServers.kafka().bootstrapServers());
        common.put("QUARKUS_DATASOURCE_USERNAME", TestServers.postgres().username());
        common.put("QUARKUS_DATASOURCE_PASSWORD", TestServers.postgres().password());
        common.put("QUARKUS_MAILER_HOST", "localhost");
        common.put("QUARKUS_MAILER_PORT", Integer.toString(TestServers.mail().smtpPort()));
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestServers.keys().publicKeyPath().toString());
        common.put("SERVICE_TOKEN_SIGNING_KEY_LOCATION", TestServers.keys().privateKeyPath().toString());
        common.put("ORDER_SERVICE_URL", "http://localhost:" + ports.get("order-service"));
        common.put("SUBSCRIPTION_SERVICE_URL", "http://localhost:" + ports.get("subscription-service"));
        common.put("STOREFRONT_SERVICE_URL", "http://localhost:" + ports.get("storefront-alias-service"));
        common.put("NOTIFICATION_SERVICE_URL", "http://localhost:" + ports.get("notification-service"));
        common.putAll(extraEnvironment);

        Map<String, RunningService> services = new LinkedHashMap<>();
        for (String name : names) {
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
            }
            int managementPort = FreePorts.findBelowEphemeralRange();
            Map<String, String> environment = new LinkedHashMap<>(common);
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
            environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            String database = DATABASES.get(name);
            if (database != null) {
                environment.put("QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgres().jdbcUrl(database));
            }
            services.put(name, new RunningService(name, jar, ports.get(name), managementPort, environment,
                    logs.resolve(name + ".log")));
        }
        ServiceProcesses started = new ServiceProcesses(services);
        try {
            services.values().forEach(RunningService::start);
            services.values().forEach(RunningService::awaitReady);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    public RunningService service(String name) {
        RunningService service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No such service: " + name + " (one of " + services.keySet() + ")");
        }
        return service;
    }

    public RunningService gateway() {
        return service(GATEWAY);
    }

    public Collection<RunningService> all() {
        return services.values();
    }

    /** SIGTERM to every service still running (a paused one is resumed too), then waits for each to exit. */
    @Override
    public void close() {
        List<RunningService> running = services.values().stream().filter(RunningService::isAlive).toList();
        running.forEach(RunningService::askToStop);
        running.forEach(RunningService::terminate);
    }

    private static Map<String, String> orderedDatabases() {
        Map<String, String> databases = new LinkedHashMap<>();
        databases.put("order-service", "orders");
        databases.put("subscription-service", "subscriptions");
        databases.put("storefront-alias-service", "storefronts");
        databases.put("notification-service", "notifications");
        return java.util.Collections.unmodifiableMap(databases);
    }
}
