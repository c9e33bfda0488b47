package com.resellerplans.localservers;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The real servers that tests share: one PostgreSQL, one Kafka, one SMTP server and one ephemeral JWT
 * key pair per JVM, on free ports, started on first use and stopped when the JVM exits.
 *
 * <p>Quarkus tests get them through {@link RealServersTestResource}; plain JUnit tests call
 * {@link #startAll()}. The servers belong to whichever class loader started them first; a
 * {@code TestServers} loaded by another class loader of the same JVM (Quarkus loads tests and test
 * resources in its own) finds them through the platform MBeanServer and controls the same servers,
 * so {@code TestServers.kafka().stop()} in a test stops the broker the application uses.
 */
public final class TestServers {

    static final String MBEAN_NAME = "com.resellerplans.localservers:type=TestServers";
    private static final String JVM_WIDE_LOCK = "com.resellerplans.localservers.TestServers.lock";

    private record Servers(
            PostgresServer postgres, KafkaServer kafka, MailServer mail, JwtKeys keys, TokenMinter tokens) {}

    /** Loggers of the in-process servers (not of the Kafka clients an application uses). */
    static final List<String> SERVER_LOG_CATEGORIES = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.storage",
            "org.apache.kafka.server",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.queue",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.network",
            "org.apache.kafka.security",
            "io.zonky.test",
            "com.icegreen.greenmail");

    private static volatile Servers servers;

    private TestServers() {}

    /** Starts PostgreSQL, Kafka, SMTP and the JWT keys unless this JVM already has them. Idempotent. */
    public static void startAll() {
        if (servers != null) {
            return;
        }
        synchronized (jvmWideLock()) {
            if (servers != null) {
                return;
            }
            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = objectName();
            servers = mbeans.isRegistered(name)
                    ? attach(mbeans, name)
                    : OwnClassLoader.call(() -> startAndRegister(mbeans, name));
        }
    }

    /** Signs tokens with the key pair whose public half the services verify with. */
    public static TokenMinter tokens() {
        startAll();
        return servers.tokens();
    }

    public static JwtKeys keys() {
        startAll();
        return servers.keys();
    }

    public static MailServer mail() {
        startAll();
        return servers.mail();
    }

    /** The shared broker: tests may {@code stop()} and {@code start()} it (same port, same log dir). */
    public static KafkaServer kafka() {
        startAll();
        return servers.kafka();
    }

    public static PostgresServer postgres() {
        startAll();
        return servers.postgres();
    }

    // ---- the class loader that starts them ----

    private static Servers startAndRegister(MBeanServer mbeans, ObjectName name) {
        quietServerLoggers();
        long begin = System.nanoTime();
        PostgresServer postgres = PostgresServer.startForTests();
        long postgresPid = postmasterPid(postgres);
        long afterPostgres = System.nanoTime();
        KafkaServer kafka = KafkaServer.startForTests();
        long afterKafka = System.nanoTime();
        MailServer mail = MailServer.start(0);
        JwtKeys keys = JwtKeys.ephemeral();
        long end = System.nanoTime();
        System.err.printf(
                "[local-servers] test servers up in %d ms (PostgreSQL %d ms on %d, Kafka %d ms on %d,"
                        + " SMTP+keys %d ms on %d)%n",
                (end - begin) / 1_000_000,
                (afterPostgres - begin) / 1_000_000,
                postgres.port(),
                (afterKafka - afterPostgres) / 1_000_000,
                kafka.port(),
                (end - afterKafka) / 1_000_000,
                mail.smtpPort());

        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> stopQuietly(mail, kafka, postgres, postgresPid), "local-servers-test-shutdown"));
        try {
            mbeans.registerMBean(
                    new StandardMBean(new Control(postgres, kafka, mail, keys), TestServersControlMBean.class), name);
        } catch (InstanceAlreadyExistsException raced) {
            throw new IllegalStateException("Test servers started twice in one JVM", raced);
        } catch (JMException e) {
            throw new IllegalStateException("Could not publish the test servers", e);
        }
        return new Servers(postgres, kafka, mail, keys, new TokenMinter(keys));
    }

    private static void stopQuietly(MailServer mail, KafkaServer kafka, PostgresServer postgres, long postgresPid) {
        try {
            mail.stop();
        } catch (Throwable ignored) {
            // the JVM is exiting
        }
        try {
            kafka.close();
        } catch (Throwable ignored) {
            // the JVM is exiting: its threads die with it
        }
        try {
            postgres.stop();
        } catch (Throwable e) {
            // PostgreSQL is a separate process: never leave it behind (SIGINT = fast shutdown)
            if (postgresPid > 0) {
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(postgresPid))
                            .start()
                            .waitFor();
                } catch (Throwable ignored) {
                    ProcessHandle.of(postgresPid).ifPresent(ProcessHandle::destroy);
                }
            }
        }
    }

    /** Held so that the levels stay: java.util.logging keeps loggers weakly. */
    private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

    /**
     * In a Quarkus test JVM (JBoss LogManager behind java.util.logging) the servers start before the
     * application's logging configuration applies: warnings only from them, unless already configured.
     */
    private static void quietServerLoggers() {
        for (String category : SERVER_LOG_CATEGORIES) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
                QUIETED.add(logger);
            }
        }
    }

    /** The postmaster's pid, read from postmaster.pid in its data directory; -1 if unknown. */
    private static long postmasterPid(PostgresServer postgres) {
        try (Connection c = postgres.connect("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            Path pidFile = Path.of(rs.getString(1), "postmaster.pid");
            return Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
        } catch (Exception e) {
            return -1;
        }
    }

    /** Published on the platform MBeanServer by the class loader that started the servers. */
    static final class Control implements TestServersControlMBean {
        private final PostgresServer postgres;
        private final KafkaServer kafka;
        private final MailServer mail;
        private final JwtKeys keys;

        Control(PostgresServer postgres, KafkaServer kafka, MailServer mail, JwtKeys keys) {
            this.postgres = postgres;
            this.kafka = kafka;
            this.mail = mail;
            this.keys = keys;
        }

        @Override
        public int getPostgresPort() {
            return postgres.port();
        }

        @Override
        public int getKafkaPort() {
            return kafka.port();
        }

        @Override
        public int getKafkaControllerPort() {
            return kafka.controllerPort();
        }

        @Override
        public String getKafkaLogDir() {
            return kafka.logDir().toString();
        }

        @Override
        public boolean isKafkaRunning() {
            return kafka.isRunning();
        }

        @Override
        public void startKafka() {
            OwnClassLoader.run(kafka::start);
        }

        @Override
        public void stopKafka() {
            OwnClassLoader.run(kafka::stop);
        }

        @Override
        public int getSmtpPort() {
            return mail.smtpPort();
        }

        @Override
        public Object[] exportMails() {
            return OwnClassLoader.call(() -> mail.exportMails().toArray());
        }

        @Override
        public void purgeMails() {
            OwnClassLoader.run(mail::purge);
        }

        @Override
        public String getPrivateKeyPath() {
            return keys.privateKeyPath().toString();
        }

        @Override
        public String getPublicKeyPath() {
            return keys.publicKeyPath().toString();
        }
    }

    // ---- any other class loader of the JVM ----

    private static Servers attach(MBeanServer mbeans, ObjectName name) {
        Remote remote = new Remote(mbeans, name);
        PostgresServer postgres = PostgresServer.attached((Integer) remote.get("PostgresPort"));
        KafkaServer kafka = new KafkaServer.Attached(
                (Integer) remote.get("KafkaPort"),
                (Integer) remote.get("KafkaControllerPort"),
                Path.of((String) remote.get("KafkaLogDir")),
                () -> remote.invoke("startKafka"),
                () -> remote.invoke("stopKafka"),
                () -> (Boolean) remote.get("KafkaRunning"));
        MailServer mail = new MailServer.Attached(
                (Integer) remote.get("SmtpPort"),
                () -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (Object row : (Object[]) remote.invoke("exportMails")) {
                        rows.add((Object[]) row);
                    }
                    return rows;
                },
                () -> remote.invoke("purgeMails"),
                () -> {
                    // owned by the class loader that started it: stopped when the JVM exits
                });
        JwtKeys keys = JwtKeys.load(
                Path.of((String) remote.get("PrivateKeyPath")), Path.of((String) remote.get("PublicKeyPath")));
        return new Servers(postgres, kafka, mail, keys, new TokenMinter(keys));
    }

    private record Remote(MBeanServer mbeans, ObjectName name) {
        Object get(String attribute) {
            try {
                return mbeans.getAttribute(name, attribute);
            } catch (JMException e) {
                throw new IllegalStateException("Test servers: cannot read " + attribute, e);
            }
        }

        Object invoke(String operation) {
            try {
                return mbeans.invoke(name, operation, new Object[0], new String[0]);
            } catch (JMException e) {
                throw new IllegalStateException(
                        "Test servers: " + operation + " failed",
                        Optional.ofNullable(e.getCause()).orElse(e));
            }
        }
    }

    private static ObjectName objectName() {
        try {
            return new ObjectName(MBEAN_NAME);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One monitor for every class loader of the JVM: string literals are interned JVM-wide. */
    private static Object jvmWideLock() {
        return JVM_WIDE_LOCK;
    }
}
