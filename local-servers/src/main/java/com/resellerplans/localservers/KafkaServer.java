package com.resellerplans.localservers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka (KRaft, broker and controller in one process) running inside this JVM.
 *
 * <p>{@link #stop()} shuts it down cleanly and {@link #start()} brings it back on the same ports and
 * log directory, so tests can prove that producers survive Kafka downtime.
 *
 * <p>{@link #startSecuredForTests} adds a {@code SASL_SSL} listener (SCRAM-SHA-512, the server certificate of a
 * {@link TestCertificates}) to the PLAINTEXT one, which stays for the broker itself and for
 * {@link #setScramPassword}.
 */
public class KafkaServer implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONFIG_LOGGER = "org.apache.kafka.common.config.AbstractConfig";
    private static final String SCRAM = "SCRAM-SHA-512";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean deleteLogDirOnStop;
    private final Properties brokerProperties;
    /** The SASL_SSL listener's port, -1 without one. */
    private final int securedPort;

    private final TestCertificates certificates;
    private KafkaRaftServer server;
    private boolean formatted;

    KafkaServer(int port, int controllerPort, Path logDir, boolean deleteLogDirOnStop) {
        this(port, controllerPort, logDir, deleteLogDirOnStop, -1, null);
    }

    private KafkaServer(
            int port,
            int controllerPort,
            Path logDir,
            boolean deleteLogDirOnStop,
            int securedPort,
            TestCertificates certificates) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        this.deleteLogDirOnStop = deleteLogDirOnStop;
        this.securedPort = securedPort;
        this.certificates = certificates;
        this.brokerProperties = port < 0 ? null : brokerProperties(port, controllerPort, logDir);
        if (certificates != null) {
            addSecuredListener(brokerProperties, securedPort, certificates);
        }
    }

    /**
     * A broker (not yet started) on the given ports; 0 picks a free port. A null log directory means
     * a temporary one, deleted when {@link #close()} is called.
     */
    public static KafkaServer create(int port, int controllerPort, Path logDirOrNull) {
        try {
            boolean temporary = logDirOrNull == null;
            Path dir = temporary ? Files.createTempDirectory("kafka-logs-") : logDirOrNull;
            Files.createDirectories(dir);
            return new KafkaServer(
                    port == 0 ? FreePorts.find() : port,
                    controllerPort == 0 ? FreePorts.find() : controllerPort,
                    dir,
                    temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Free ports, a temporary log directory, started. */
    public static KafkaServer startForTests() {
        KafkaServer kafka = create(0, 0, null);
        kafka.start();
        return kafka;
    }

    /**
     * Free ports, a temporary log directory, a {@code SASL_SSL} listener (SCRAM-SHA-512) presenting the server
     * certificate of {@code certificates}, started. It knows no user until {@link #setScramPassword} names one.
     */
    public static KafkaServer startSecuredForTests(TestCertificates certificates) {
        try {
            KafkaServer kafka = new KafkaServer(
                    FreePorts.find(),
                    FreePorts.find(),
                    Files.createTempDirectory("kafka-logs-"),
                    true,
                    FreePorts.find(),
                    certificates);
            kafka.start();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixed ports and a log directory kept across restarts, started. */
    public static KafkaServer startDurable(int port, int controllerPort, Path logDir) {
        KafkaServer kafka = create(port, controllerPort, logDir);
        kafka.start();
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The {@code SASL_SSL} listener's address (a broker of {@link #startSecuredForTests} only). */
    public String securedBootstrapServers() {
        if (certificates == null) {
            throw new IllegalStateException("This broker has no SASL_SSL listener");
        }
        return "localhost:" + securedPort;
    }

    /**
     * What a client of the {@code SASL_SSL} listener sets to log in as {@code user}: SCRAM-SHA-512 over TLS,
     * trusting the authority of the broker's certificate (its PEM file).
     */
    public Map<String, Object> securedClientSettings(String user, String password) {
        return securedClientSettings(securedBootstrapServers(), certificates.caCertificate(), user, password);
    }

    /** {@link #securedClientSettings(String, String)} of the listener at this address, its authority's PEM file. */
    public static Map<String, Object> securedClientSettings(
            String securedBootstrapServers, Path authority, String user, String password) {
        return Map.of(
                "bootstrap.servers",
                securedBootstrapServers,
                "security.protocol",
                "SASL_SSL",
                "sasl.mechanism",
                SCRAM,
                "sasl.jaas.config",
                scramJaasConfig(user, password),
                "ssl.truststore.type",
                "PEM",
                "ssl.truststore.location",
                authority.toString());
    }

    /** The JAAS line a SCRAM client logs in with (what Strimzi writes into a KafkaUser's Secret). */
    public static String scramJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    /**
     * Creates the SCRAM-SHA-512 user or changes its password (through the PLAINTEXT listener). Clients logged in
     * with the old password must log in again within two seconds ({@code connections.max.reauth.ms}) and fail.
     */
    public void setScramPassword(String user, String password) {
        setScramPassword(bootstrapServers(), user, password);
    }

    /** {@link #setScramPassword(String, String)} of the broker whose PLAINTEXT listener is at this address. */
    public static void setScramPassword(String plaintextBootstrapServers, String user, String password) {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintextBootstrapServers))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not set the password of " + user, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out setting the password of " + user, e);
        }
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDir() {
        return logDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker (formatting the log directory the first time); returns when it accepts connections. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        // each start logs the whole broker configuration (hundreds of lines) several times: not here
        java.util.logging.Logger configDump = java.util.logging.Logger.getLogger(CONFIG_LOGGER);
        java.util.logging.Level previous = configDump.getLevel();
        configDump.setLevel(java.util.logging.Level.WARNING);
        try {
            OwnClassLoader.run(this::startServer);
        } finally {
            configDump.setLevel(previous);
        }
    }

    private void startServer() {
        formatOnce();
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties, false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        server = raftServer;
        awaitListening(60_000);
    }

    /** Clean (controlled) shutdown; waits until every thread of the broker has stopped. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer raftServer = server;
        server = null;
        OwnClassLoader.run(() -> {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        });
    }

    /** Stops and, for a temporary log directory, deletes it. */
    @Override
    public synchronized void close() {
        stop();
        if (deleteLogDirOnStop) {
            deleteRecursively(logDir);
        }
    }

    /** Creates a topic unless it exists (auto-creation is on as well: num.partitions=3). */
    public void createTopic(String name, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + name, e);
        }
    }

    static Properties brokerProperties(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("process.roles", "broker,controller");
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());

        // single node: every internal topic has one replica
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "3");

        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");

        // small machine: few threads, small buffers
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("background.threads", "2");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        return p;
    }

    private static void addSecuredListener(Properties p, int securedPort, TestCertificates certificates) {
        p.put("listeners", p.getProperty("listeners") + ",SASL_SSL://localhost:" + securedPort);
        p.put("advertised.listeners", p.getProperty("advertised.listeners") + ",SASL_SSL://localhost:" + securedPort);
        p.put("listener.security.protocol.map", p.getProperty("listener.security.protocol.map") + ",SASL_SSL:SASL_SSL");
        p.put("sasl.enabled.mechanisms", SCRAM);
        p.put(
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", certificates.keyStore().toString());
        p.put("ssl.keystore.password", certificates.password());
        p.put("ssl.key.password", certificates.password());
        // a changed password takes effect on connections already logged in, as a broker operator expects
        p.put("connections.max.reauth.ms", "2000");
    }

    /** Formats the log directory unless it already is (a kept log directory keeps its cluster id). */
    private void formatOnce() {
        if (formatted || Files.isRegularFile(logDir.resolve("meta.properties"))) {
            formatted = true;
            return;
        }
        try {
            Path config = Files.createTempFile("kafka-server-", ".properties");
            try {
                try (OutputStream out = Files.newOutputStream(config)) {
                    brokerProperties.store(out, "local-servers KafkaServer");
                }
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                int exit;
                try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                    exit = StorageTool.execute(
                            new String[] {
                                "format",
                                "-t",
                                Uuid.randomUuid().toString(),
                                "-c",
                                config.toString(),
                                "--ignore-formatted"
                            },
                            printer);
                }
                if (exit != 0) {
                    throw new IllegalStateException(
                            "Kafka storage format failed (" + exit + "): " + output.toString(StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(config);
            }
            formatted = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Kafka did not listen on port " + port);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort for temporary directories
        }
    }

    /** A handle on a broker owned by another class loader of this JVM (see {@link TestServers}). */
    static final class Attached extends KafkaServer {
        private final int attachedPort;
        private final int attachedControllerPort;
        private final Runnable startAction;
        private final Runnable stopAction;
        private final java.util.function.BooleanSupplier running;

        Attached(
                int port,
                int controllerPort,
                Path logDir,
                Runnable startAction,
                Runnable stopAction,
                java.util.function.BooleanSupplier running) {
            super(-1, -1, logDir, false);
            this.attachedPort = port;
            this.attachedControllerPort = controllerPort;
            this.startAction = startAction;
            this.stopAction = stopAction;
            this.running = running;
        }

        @Override
        public String bootstrapServers() {
            return "localhost:" + attachedPort;
        }

        @Override
        public int port() {
            return attachedPort;
        }

        @Override
        public int controllerPort() {
            return attachedControllerPort;
        }

        @Override
        public boolean isRunning() {
            return running.getAsBoolean();
        }

        @Override
        public void start() {
            startAction.run();
        }

        @Override
        public void stop() {
            stopAction.run();
        }

        @Override
        public void close() {
            stop();
        }
    }
}
