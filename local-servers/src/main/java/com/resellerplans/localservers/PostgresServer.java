package com.resellerplans.localservers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries), started as a child process.
 *
 * <p>{@link #startForTests()} gives a throw-away server on a free port with zonky's fast defaults
 * ({@code fsync=off}); {@link #startDurable(int, Path)} keeps its data directory across restarts and
 * commits durably ({@code fsync=on}, {@code synchronous_commit=on}). User and password are
 * {@value #USER}/{@value #PASSWORD}.
 */
public class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final int port;
    private volatile boolean stopped;
    private static final Pattern COMMAND_LINE_TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    /** The data directory, learnt when the server is stopped with {@link #stopKeepingData()}. */
    private Path dataDirectory;
    /** The server process {@link #startOnSameData()} started; it is this object's to stop. */
    private Process restarted;

    PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Port 0 (a free one), a temporary data directory that is deleted on stop, zonky's defaults. */
    public static PostgresServer startForTests() {
        return startForTests(testBuilder());
    }

    /**
     * As {@link #startForTests()}, with TLS on ({@code ssl=on}) presenting the server certificate of
     * {@code certificates}: a client that asks for {@code sslmode=verify-full} and trusts their authority connects.
     */
    public static PostgresServer startForTestsWithTls(TestCertificates certificates) {
        return startForTests(testBuilder()
                .setServerConfig("ssl", "on")
                .setServerConfig(
                        "ssl_cert_file", certificates.serverCertificate().toString())
                .setServerConfig("ssl_key_file", certificates.serverKey().toString()));
    }

    private static EmbeddedPostgres.Builder testBuilder() {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60));
    }

    private static PostgresServer startForTests(EmbeddedPostgres.Builder builder) {
        try {
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer(pg, pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /**
     * A fixed port and a data directory kept across restarts, with durable commits. PostgreSQL's
     * own log goes to {@code dataDir/log/}. A postmaster left running on this data directory by a
     * JVM that was killed is stopped first (fast shutdown).
     */
    public static PostgresServer startDurable(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            stopOrphanedPostmaster(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql-%a.log")
                    .setServerConfig("log_truncate_on_rotation", "on")
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .start();
            return new PostgresServer(pg, pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " with data in " + dataDir, e);
        }
    }

    /** A handle on a server started by another class loader of this JVM (see {@link TestServers}). */
    static PostgresServer attached(int port) {
        return new PostgresServer(null, port);
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** Creates the database unless it exists; returns true when it was created now. */
    public synchronized boolean createDatabaseIfAbsent(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = connect("postgres")) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (var create = c.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
                return true;
            } catch (SQLException e) {
                if ("42P04".equals(e.getSQLState())) { // duplicate_database: created meanwhile
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on port " + port, e);
        }
    }

    /** Fast shutdown (pg_ctl stop -m fast); a test server's data directory is deleted. */
    public synchronized void stop() {
        if (restarted != null && restarted.isAlive()) {
            signal("INT", restarted.pid());
            restarted.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        }
        if (stopped || postgres == null) {
            stopped = true;
            return;
        }
        stopped = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Stops the server process (fast shutdown: sessions are cut, committed data is kept) while keeping its data
     * directory, so that {@link #startOnSameData()} brings the same databases back on the same port. Clients see
     * a database outage.
     */
    public synchronized void stopKeepingData() {
        try (Connection c = connect("postgres");
                var statement = c.createStatement();
                ResultSet rs = statement.executeQuery("SHOW data_directory")) {
            rs.next();
            dataDirectory = Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on port " + port + " does not answer", e);
        }
        long pid = Long.parseLong(
                readLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No postmaster with pid " + pid));
        // SIGINT is pg_ctl's fast shutdown (pg_ctl itself refuses to run as root)
        signal("INT", pid);
        postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Starts the server stopped by {@link #stopKeepingData()} again with the options it ran with, and waits. */
    public synchronized void startOnSameData() {
        if (dataDirectory == null) {
            throw new IllegalStateException("PostgreSQL was not stopped with stopKeepingData()");
        }
        // postmaster.opts holds the command line the server last ran with, each option in double quotes
        // PostgreSQL refuses to run as root: in a user namespace of its own it is not (as zonky starts it)
        List<String> command = new ArrayList<>(List.of("unshare", "-U"));
        Matcher token = COMMAND_LINE_TOKEN.matcher(
                readLines(dataDirectory.resolve("postmaster.opts")).get(0));
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDirectory.resolve("restarted.log").toFile()));
        try {
            restarted = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException notYet) {
                if (!restarted.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "PostgreSQL did not accept connections again on port " + port + "; its log:\n"
                                    + String.join("\n", readLines(dataDirectory.resolve("restarted.log"))),
                            notYet);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When a previous JVM was killed with -9 its postmaster keeps the port and data directory;
     * ask it for a fast shutdown (SIGINT) and wait until it is gone.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        // a live owner (another ./run) holds zonky's lock on the data directory: leave its server alone
        try (FileChannel lock =
                FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (lock.tryLock() == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDir
                        + " is in use by another running process (is ./run already running?)");
            }
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()
                || !handle.get().isAlive()
                || !handle.get()
                        .info()
                        .command()
                        .map(cmd -> cmd.endsWith("postgres"))
                        .orElse(false)) {
            return; // stale pid file: PostgreSQL itself recovers from it
        }
        System.err.println("Stopping PostgreSQL (pid " + pid + ") left running on " + dataDir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (handle.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
