package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The five packaged services ({@code <module>/target/quarkus-app/quarkus-run.jar}) started as separate
 * processes, as production runs them, on free ports and wired to this JVM's {@link TestServers}: any number of
 * instances of each backend and of the gateway, each instance on its own ports, all sharing the databases and the
 * broker. Every service is given the list of each backend's instances ({@code http://localhost:p1,http://...}).
 */
public final class ServiceProcesses implements AutoCloseable {
    public static final String GATEWAY = "api-gateway";
    /** Each backend and its database; the gateway has none. */
    public static final Map<String, String> DATABASES = orderedDatabases();
    /** The environment variable that lists a backend's instances. */
    private static final Map<String, String> URL_VARIABLES = Map.of(
            "order-service", "ORDER_SERVICE_URL",
            "subscription-service", "SUBSCRIPTION_SERVICE_URL",
            "storefront-alias-service", "STOREFRONT_SERVICE_URL",
            "notification-service", "NOTIFICATION_SERVICE_URL");

    private final Map<String, List<RunningService>> instances;

    private ServiceProcesses(Map<String, List<RunningService>> instances) {
        this.instances = instances;
    }

    /**
     * Starts {@code backendInstances} instances of every backend and {@code gateways} gateways, and waits until all
     * are ready. {@code extraEnvironment} is added to (and overrides) the environment every instance gets: servers,
     * JWT key, the backends' instance lists, its own ports.
     */
    public static ServiceProcesses start(
            Path root, Path logs, int backendInstances, int gateways, Map<String, String> extraEnvironment) {
        TestServers.startAll();
        DATABASES.values().forEach(database -> TestServers.postgres().createDatabaseIfAbsent(database));
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Integer>> httpPorts = new LinkedHashMap<>();
        DATABASES.keySet().forEach(name -> httpPorts.put(name, freePorts(backendInstances)));
        httpPorts.put(GATEWAY, freePorts(gateways));

        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", TestServers.kafka().bootstrapServers());
        common.put("QUARKUS_DATASOURCE_USERNAME", TestServers.postgres().username());
        common.put("QUARKUS_DATASOURCE_PASSWORD", TestServers.postgres().password());
        common.put("QUARKUS_MAILER_HOST", "localhost");
        common.put("QUARKUS_MAILER_PORT", Integer.toString(TestServers.mail().smtpPort()));
        common.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                TestServers.keys().publicKeyPath().toString());
        common.put(
                "SERVICE_TOKEN_SIGNING_KEY_LOCATION",
                TestServers.keys().privateKeyPath().toString());
        URL_VARIABLES.forEach((name, variable) -> common.put(
                variable,
                httpPorts.get(name).stream()
                        .map(port -> "http://localhost:" + port)
                        .collect(Collectors.joining(","))));
        common.putAll(extraEnvironment);

        Map<String, List<RunningService>> instances = new LinkedHashMap<>();
        httpPorts.forEach((name, ports) -> {
            Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
            }
            List<RunningService> ofThisService = new ArrayList<>();
            for (int port : ports) {
                int instance = ofThisService.size() + 1;
                int managementPort = FreePorts.findBelowEphemeralRange();
                Map<String, String> environment = new LinkedHashMap<>(common);
                environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
                environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
                String database = DATABASES.get(name);
                if (database != null) {
                    environment.put(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            TestServers.postgres().jdbcUrl(database));
                }
                ofThisService.add(new RunningService(
                        name,
                        instance,
                        jar,
                        port,
                        managementPort,
                        environment,
                        logs.resolve(name + "-" + instance + ".log")));
            }
            instances.put(name, List.copyOf(ofThisService));
        });
        ServiceProcesses started = new ServiceProcesses(instances);
        try {
            started.all().forEach(RunningService::start);
            started.all().forEach(RunningService::awaitReady);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** The service's first instance, for a caller that needs one (any) of them. */
    public RunningService service(String name) {
        return instances(name).get(0);
    }

    /** Every instance of the service, in start order. */
    public List<RunningService> instances(String name) {
        List<RunningService> ofService = instances.get(name);
        if (ofService == null) {
            throw new IllegalArgumentException("No such service: " + name + " (one of " + instances.keySet() + ")");
        }
        return ofService;
    }

    /** The first gateway. */
    public RunningService gateway() {
        return service(GATEWAY);
    }

    /** Every gateway. */
    public List<RunningService> gateways() {
        return instances(GATEWAY);
    }

    /** Every instance of every service. */
    public List<RunningService> all() {
        return instances.values().stream().flatMap(List::stream).toList();
    }

    /** SIGTERM to every service still running (a paused one is resumed too), then waits for each to exit. */
    @Override
    public void close() {
        List<RunningService> running =
                all().stream().filter(RunningService::isAlive).toList();
        running.forEach(RunningService::askToStop);
        running.forEach(RunningService::terminate);
    }

    private static List<Integer> freePorts(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> FreePorts.findBelowEphemeralRange())
                .toList();
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
