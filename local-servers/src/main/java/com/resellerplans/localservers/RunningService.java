package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service: its packaged jar running as its own process on fixed HTTP and management ports,
 * and the signals an operator (or a fault test) sends it: SIGKILL, SIGTERM, SIGSTOP/SIGCONT, and a restart on the
 * same ports.
 */
public final class RunningService {
    /**
     * The options {@code ./run} starts a service with (its {@code service_java_opts}, less the class-data archive),
     * with more heap for the test loads: ten JVMs share two cores with the servers, so no GC threads and no C2
     * compilations compete for them.
     */
    private static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-Xmx256m",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:TieredStopAtLevel=1");

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration TERMINATION_GRACE = Duration.ofSeconds(30);
    private static final Duration THREAD_DUMP_PAUSE = Duration.ofSeconds(2);

    private final String name;
    private final int instance;
    private final Path jar;
    private final int httpPort;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Process process;

    RunningService(
            String name,
            int instance,
            Path jar,
            int httpPort,
            int managementPort,
            Map<String, String> environment,
            Path log) {
        this.name = name;
        this.instance = instance;
        this.jar = jar;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** The service's name, the same for all its instances. */
    public String name() {
        return name;
    }

    /** This instance's name, e.g. {@code order-service-2} for the second instance of order-service. */
    public String instanceName() {
        return name + "-" + instance;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The running process's id; a restart gives a new one. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Where the process writes its output; every start of this service appends to it. */
    public Path log() {
        return log;
    }

    /** Starts the jar; returns at once (see {@link #awaitReady()}). */
    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(instanceName() + " is already running (pid " + pid() + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + instanceName(), e);
        }
    }

    /** Waits until the management port answers {@code /q/health/ready} with 200; fails with the log if not. */
    public void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(
                        instanceName() + " exited with " + process.exitValue() + "; its log:\n" + tailOfLog());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + instanceName(), e);
            }
            pollPause();
        }
        throw new IllegalStateException(
                instanceName() + " was not ready within " + READY_TIMEOUT + "; its log:\n" + tailOfLog());
    }

    /** SIGKILL: the process dies at once, with whatever it held in flight. Returns when it is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(TERMINATION_GRACE);
    }

    /**
     * SIGTERM, as Kubernetes stops a pod: the service shuts down gracefully. Waits for it to exit (SIGKILL after
     * the grace period, as the kubelet does) and returns the exit code. A process still there after the grace
     * period first writes its threads to its log (SIGQUIT), so what held it up can be read.
     */
    public int terminate() {
        process.destroy();
        if (!awaitExit(TERMINATION_GRACE)) {
            signal("QUIT");
            awaitExit(THREAD_DUMP_PAUSE);
            process.destroyForcibly();
            awaitExit(TERMINATION_GRACE);
        }
        return process.exitValue();
    }

    /** SIGCONT and SIGTERM without waiting: many services are stopped together this way. */
    void askToStop() {
        resume();
        process.destroy();
    }

    /** SIGSTOP: the process freezes (its sockets stay open, nothing answers) until {@link #resume()}. */
    public void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("CONT");
    }

    /** Stops the process if it still runs (SIGTERM), starts it again on the same ports and waits until ready. */
    public void restart() {
        if (isAlive()) {
            terminate();
        }
        start();
        awaitReady();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + instanceName(), e);
        }
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tailOfLog() {
        try {
            String text = Files.readString(log);
            return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void pollPause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
