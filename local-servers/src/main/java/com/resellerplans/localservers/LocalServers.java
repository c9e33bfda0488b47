package com.resellerplans.localservers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The servers of the local run (used by {@code ./run}).
 *
 * <pre>
 * LocalServers start --data DIR [--pg-port 5432] [--kafka-port 9092] [--kafka-controller-port 9093]
 *                               [--smtp-port 1025] [--mailbox-port 8025]
 * LocalServers token --data DIR --role GROUP --distributor ID [--reseller ID] [--ttl SECONDS] [--subject SUB]
 * </pre>
 *
 * {@code start} prints {@code READY} on stdout once PostgreSQL (DIR/postgres), Kafka (DIR/kafka),
 * SMTP, the mailbox and the JWT keys (DIR/keys) are up, and stops them in reverse order on SIGTERM or
 * SIGINT. {@code token} prints a signed JWT and nothing else on stdout. Logs go to stderr.
 */
public final class LocalServers {

    public static final List<String> DATABASES = List.of("orders", "subscriptions", "storefronts", "notifications");

    private LocalServers() {}

    public static void main(String[] args) {
        quietLogging();
        if (args.length == 0) {
            usage("no command");
            return;
        }
        try {
            Map<String, String> options = options(args);
            switch (args[0]) {
                case "start" -> start(options);
                case "token" -> token(options);
                default -> usage("unknown command " + args[0]);
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("local-servers: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void start(Map<String, String> options) {
        Path data = Path.of(required(options, "data")).toAbsolutePath();
        int pgPort = intOption(options, "pg-port", 5432);
        int kafkaPort = intOption(options, "kafka-port", 9092);
        int controllerPort = intOption(options, "kafka-controller-port", 9093);
        int smtpPort = intOption(options, "smtp-port", 1025);
        int mailboxPort = intOption(options, "mailbox-port", 8025);

        PrintStream log = System.err;
        long begin = System.nanoTime();
        Running running = new Running();
        // registered first: a SIGTERM during start-up still stops what is already up
        Runtime.getRuntime().addShutdownHook(new Thread(running::stopAll, "local-servers-shutdown"));

        JwtKeys keys = JwtKeys.generateIn(data.resolve("keys"));
        log.printf("JWT public key: %s%n", keys.publicKeyPath());

        long t = System.nanoTime();
        running.postgres = PostgresServer.startDurable(pgPort, data.resolve("postgres"));
        for (String database : DATABASES) {
            running.postgres.createDatabaseIfAbsent(database);
        }
        log.printf(
                "PostgreSQL on port %d (databases %s) in %d ms%n", running.postgres.port(), DATABASES, millisSince(t));

        t = System.nanoTime();
        running.kafka = KafkaServer.create(kafkaPort, controllerPort, data.resolve("kafka"));
        running.kafka.start();
        log.printf("Kafka on %s in %d ms%n", running.kafka.bootstrapServers(), millisSince(t));

        t = System.nanoTime();
        running.mail = MailServer.start(smtpPort);
        running.mailbox = Mailbox.start(running.mail, mailboxPort);
        log.printf(
                "SMTP on port %d, mailbox on %s in %d ms%n",
                running.mail.smtpPort(), running.mailbox.url(), millisSince(t));

        log.printf("All servers up in %d ms%n", millisSince(begin));
        System.out.println("READY");
        System.out.flush();
        running.awaitStopped();
    }

    /** What is up so far, stopped in reverse order: mailbox and SMTP, Kafka, PostgreSQL. */
    private static final class Running {
        volatile PostgresServer postgres;
        volatile KafkaServer kafka;
        volatile MailServer mail;
        volatile Mailbox mailbox;
        private final CountDownLatch stopped = new CountDownLatch(1);

        void stopAll() {
            System.err.println("Stopping: mailbox and SMTP, Kafka, PostgreSQL");
            if (mailbox != null) {
                stopQuietly("mailbox", mailbox::stop);
            }
            if (mail != null) {
                stopQuietly("SMTP", mail::stop);
            }
            if (kafka != null) {
                long t = System.nanoTime();
                stopQuietly("Kafka", kafka::stop);
                System.err.printf("Kafka stopped in %d ms%n", millisSince(t));
            }
            if (postgres != null) {
                long t = System.nanoTime();
                stopQuietly("PostgreSQL", postgres::stop);
                System.err.printf("PostgreSQL stopped in %d ms%n", millisSince(t));
            }
            System.err.println("Stopped");
            stopped.countDown();
        }

        void awaitStopped() {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void token(Map<String, String> options) {
        Path data = Path.of(required(options, "data")).toAbsolutePath();
        String role = required(options, "role");
        String distributor = required(options, "distributor");
        String reseller = options.get("reseller");
        long ttl = Long.parseLong(options.getOrDefault("ttl", Long.toString(TokenMinter.DEFAULT_TTL_SECONDS)));
        if (!TokenMinter.GROUPS.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + TokenMinter.GROUPS);
        }
        if (!role.equals(TokenMinter.GROUP_OPERATOR) && reseller == null) {
            throw new IllegalArgumentException("--reseller is required for role " + role);
        }
        String subject = options.getOrDefault("subject", role + "@" + (reseller != null ? reseller : distributor));
        TokenMinter minter = new TokenMinter(JwtKeys.generateIn(data.resolve("keys")));
        System.out.println(minter.mint(subject, role, distributor, reseller, ttl));
    }

    private static void stopQuietly(String name, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            System.err.println("Could not stop " + name + ": " + e);
        }
    }

    /** Library logs (Kafka, zonky) through slf4j-simple: warnings only, on stderr, unless set otherwise. */
    private static void quietLogging() {
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        // log4j2 (on Kafka's classpath, unused): no status chatter on stdout
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number: " + value);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void usage(String problem) {
        System.err.println("local-servers: " + problem);
        System.err.println("""
                usage:
                  LocalServers start --data DIR [--pg-port 5432] [--kafka-port 9092] [--kafka-controller-port 9093]
                                                [--smtp-port 1025] [--mailbox-port 8025]
                  LocalServers token --data DIR --role bss-operator|reseller-admin|sub-customer --distributor ID
                                     [--reseller ID] [--ttl SECONDS] [--subject SUB]""");
        System.exit(2);
    }
}
