package com.resellerplans.deploycheck;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventContract;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads and serves, from its own sources: the production view (no profile, or {@code %prod.}) of
 * its {@code application.properties} over the shared defaults of the repository modules it depends on, and
 * whether its pom brings SmallRye Health.
 */
final class ServiceSources {

    /** {@code ${VAR}} or {@code ${VAR:default}} with an environment-style name. */
    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::([^}]*))?}");

    /** A default that only makes sense on a developer's machine, so a deployment has to replace it. */
    private static final Pattern LOCAL_ONLY = Pattern.compile("localhost|127\\.0\\.0\\.1|\\.run-data");

    /** SmallRye Kafka's own and the outbox module's, which is that one except while the service stops. */
    private static final Set<String> DEAD_LETTERING_STRATEGIES =
            Set.of("dead-letter-queue", "dead-letter-unless-stopping");

    /** Modules whose {@code META-INF/microprofile-config.properties} every service depending on them reads. */
    private static final List<String> MODULES_WITH_SHARED_CONFIG = List.of("outbox", "http-support");

    /** Where SmallRye looks for a channel attribute its own properties do not set. */
    private static final String KAFKA_CONNECTOR_PREFIX = "mp.messaging.connector.smallrye-kafka.";

    /** An event published through the outbox: {@code outbox.publish(Contracts.ORDER_EXECUTED, ...)}. */
    private static final Pattern PUBLISHED_CONTRACT = Pattern.compile("\\.publish\\(\\s*Contracts\\.([A-Z0-9_]+)");

    private final String module;
    private final Map<String, String> properties;
    private final boolean servesHealth;
    private final Set<String> publishedTopics;

    private ServiceSources(
            String module, Map<String, String> properties, boolean servesHealth, Set<String> publishedTopics) {
        this.module = module;
        this.properties = properties;
        this.servesHealth = servesHealth;
        this.publishedTopics = publishedTopics;
    }

    static ServiceSources read(Path repoRoot, String module) {
        Path dir = repoRoot.resolve(module);
        try {
            String pom = Files.readString(dir.resolve("pom.xml"));
            Properties raw = new Properties();
            for (String shared : MODULES_WITH_SHARED_CONFIG) {
                if (pom.contains("<artifactId>" + shared + "</artifactId>")) {
                    load(
                            raw,
                            repoRoot.resolve(shared)
                                    .resolve("src/main/resources/META-INF/microprofile-config.properties"));
                }
            }
            // the service's own file (ordinal 250) overrides the shared ones (100)
            load(raw, dir.resolve("src/main/resources/application.properties"));
            boolean health = pom.contains("<artifactId>quarkus-smallrye-health</artifactId>");
            return new ServiceSources(module, production(raw), health, publishedTopics(dir.resolve("src/main/java")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + module + "'s sources", e);
        }
    }

    private static void load(Properties into, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        }
    }

    /** For tests of the rules themselves. */
    static ServiceSources of(String module, Properties raw, boolean servesHealth) {
        return new ServiceSources(module, production(raw), servesHealth, Set.of());
    }

    /** The topics of the event contracts the service's main sources publish through the outbox. */
    private static Set<String> publishedTopics(Path sources) throws IOException {
        Set<String> topics = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return topics;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher published = PUBLISHED_CONTRACT.matcher(Files.readString(file));
                while (published.find()) {
                    topics.add(contract(published.group(1)).topic());
                }
            }
        }
        return topics;
    }

    private static EventContract<?> contract(String field) {
        try {
            return (EventContract<?>) Contracts.class.getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Contracts has no event contract " + field, e);
        }
    }

    private static Map<String, String> production(Properties raw) {
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                prod.put(key.substring("%prod.".length()), raw.getProperty(key));
            } else if (!key.startsWith("%")) {
                base.put(key, raw.getProperty(key));
            }
        }
        base.putAll(prod);
        return base;
    }

    /**
     * The environment variable SmallRye Config maps to a property: every character that is not a letter,
     * digit or underscore becomes an underscore, then upper case ({@code quarkus.datasource.jdbc.url} is
     * {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code storefronts.purge-every} is {@code STOREFRONTS_PURGE_EVERY}).
     */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }

    String module() {
        return module;
    }

    /** Every variable the service reads: those its properties reference, and every property's env form. */
    Set<String> readableVariables() {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            names.add(environmentName(property.getKey()));
            Matcher reference = ENV_REFERENCE.matcher(property.getValue());
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        return names;
    }

    /**
     * The variables a deployment must set, each with why: a property whose value (or whose
     * {@code ${VAR:default}}) points at this machine, and every user name and password.
     */
    Map<String, String> requiredVariables() {
        Map<String, String> required = new LinkedHashMap<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            String key = property.getKey();
            String value = property.getValue();
            Matcher reference = ENV_REFERENCE.matcher(value);
            if (reference.matches()) {
                String fallback = reference.group(2) == null ? "" : reference.group(2);
                if (reference.group(2) == null || LOCAL_ONLY.matcher(fallback).find()) {
                    required.put(reference.group(1), key + " defaults to '" + fallback + "'");
                }
            } else if (LOCAL_ONLY.matcher(value).find() || isCredential(key)) {
                required.put(environmentName(key), key + " is '" + (isCredential(key) ? "***" : value) + "'");
            }
        }
        return required;
    }

    /** The variables that must come from a Secret: the env form of every user name and password property. */
    Set<String> credentialVariables() {
        Set<String> names = new TreeSet<>();
        properties.keySet().stream()
                .filter(ServiceSources::isCredential)
                .map(ServiceSources::environmentName)
                .forEach(names::add);
        return names;
    }

    private static boolean isCredential(String key) {
        return key.endsWith(".username") || key.endsWith(".password");
    }

    int httpPort() {
        return Integer.parseInt(properties.getOrDefault("quarkus.http.port", "8080"));
    }

    /** The port health answers on: Quarkus's management port when the management interface is on, else HTTP. */
    int healthPort() {
        return managementInterface()
                ? Integer.parseInt(properties.getOrDefault("quarkus.management.port", "9000"))
                : httpPort();
    }

    boolean managementInterface() {
        return Boolean.parseBoolean(properties.getOrDefault("quarkus.management.enabled", "false"));
    }

    /** The paths SmallRye Health serves: its root and the live, ready and started checks. None without it. */
    Set<String> healthPaths() {
        if (!servesHealth) {
            return Set.of();
        }
        String nonApplicationRoot = managementInterface()
                ? properties.getOrDefault("quarkus.management.root-path", "q")
                : properties.getOrDefault("quarkus.http.non-application-root-path", "q");
        String healthRoot = properties.getOrDefault("quarkus.smallrye-health.root-path", "health");
        String root =
                healthRoot.startsWith("/") ? healthRoot : "/" + strip(nonApplicationRoot) + "/" + strip(healthRoot);
        return Set.of(root, root + "/live", root + "/ready", root + "/started");
    }

    /** Where Micrometer's Prometheus page answers: {@code /q/metrics} on the port health answers on. */
    String metricsPath() {
        String nonApplicationRoot = managementInterface()
                ? properties.getOrDefault("quarkus.management.root-path", "q")
                : properties.getOrDefault("quarkus.http.non-application-root-path", "q");
        return "/" + strip(nonApplicationRoot) + "/"
                + strip(properties.getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    /**
     * How long the service itself may take to stop: the readiness-DOWN delay (when enabled) plus the time
     * in-flight requests get; empty when {@code quarkus.shutdown.timeout} is unset (requests are cut at once).
     */
    Optional<Duration> shutdown() {
        String timeout = properties.get("quarkus.shutdown.timeout");
        if (timeout == null) {
            return Optional.empty();
        }
        Duration delay = Boolean.parseBoolean(properties.getOrDefault("quarkus.shutdown.delay-enabled", "false"))
                ? duration(properties.getOrDefault("quarkus.shutdown.delay", "0s"))
                : Duration.ZERO;
        return Optional.of(delay.plus(duration(timeout)));
    }

    /** Quarkus's short form ({@code 5s}, {@code 2m}, {@code 45d}) or ISO-8601. */
    static Duration duration(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d+[dD]")) {
            return Duration.ofDays(Long.parseLong(trimmed.substring(0, trimmed.length() - 1)));
        }
        return trimmed.matches("\\d+")
                ? Duration.ofSeconds(Long.parseLong(trimmed))
                : Duration.parse(trimmed.toUpperCase(Locale.ROOT).startsWith("P") ? trimmed : "PT" + trimmed);
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** {@code quarkus.application.name}: the consumer group of every channel, and the service's Kafka user. */
    String applicationName() {
        return properties.getOrDefault("quarkus.application.name", module);
    }

    /** The topics the service's outbox relay publishes to. */
    Set<String> publishedTopics() {
        return publishedTopics;
    }

    /** How long the service's inbox remembers an applied event ({@code inbox.retention}), when it has an inbox. */
    Optional<String> inboxRetention() {
        return Optional.ofNullable(properties.get("inbox.retention"));
    }

    /** The dead-letter topic of each consumed channel that dead-letters what it cannot apply. */
    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>(kafkaTopics());
        topics.removeAll(consumersPerTopic().keySet());
        return topics;
    }

    /** Kafka topics the service's SmallRye channels read or write, dead-letter topics included. */
    Set<String> kafkaTopics() {
        Set<String> topics = new TreeSet<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            Matcher channel = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector")
                    .matcher(property.getKey());
            if (!channel.matches() || !property.getValue().equals("smallrye-kafka")) {
                continue;
            }
            String prefix = "mp.messaging." + channel.group(1) + "." + channel.group(2) + ".";
            topics.add(properties.getOrDefault(prefix + "topic", channel.group(2)));
            if (DEAD_LETTERING_STRATEGIES.contains(channelAttribute(prefix, "failure-strategy"))) {
                // SmallRye Kafka's default: dead-letter-topic-<channel>
                topics.add(Optional.ofNullable(channelAttribute(prefix, "dead-letter-queue.topic"))
                        .orElse("dead-letter-topic-" + channel.group(2)));
            }
        }
        return topics;
    }

    /** Each topic the service consumes and how many consumers one instance runs on it (maybe {@code ${VAR:n}}). */
    Map<String, String> consumersPerTopic() {
        Map<String, String> consumers = new TreeMap<>();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            Matcher channel = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector")
                    .matcher(property.getKey());
            if (channel.matches() && property.getValue().equals("smallrye-kafka")) {
                String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
                consumers.put(
                        properties.getOrDefault(prefix + "topic", channel.group(1)),
                        Optional.ofNullable(channelAttribute(prefix, "partitions"))
                                .orElse("1"));
            }
        }
        return consumers;
    }

    /** A Kafka channel's attribute: its own property, else the connector-wide one; null when neither is set. */
    private String channelAttribute(String channelPrefix, String attribute) {
        return properties.getOrDefault(channelPrefix + attribute, properties.get(KAFKA_CONNECTOR_PREFIX + attribute));
    }
}
