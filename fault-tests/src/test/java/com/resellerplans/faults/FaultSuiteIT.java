package com.resellerplans.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.localservers.RunningService;
import com.resellerplans.localservers.ServiceProcesses;
import com.resellerplans.localservers.TestServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged suite under faults, {@value #INSTANCES} instances of every service and {@value #INSTANCES}
 * gateways: orders, upgrades and cancellations keep flowing through both gateways while one instance of a service
 * is killed, terminated or paused (and, once a round, every instance of one), and PostgreSQL, Kafka and SMTP go
 * away; once it is quiet, nothing was lost and nothing was done twice. Size: {@code faults.resellers},
 * {@code faults.rounds}, {@code faults.burst} (raised by {@code -Pfaults}).
 */
class FaultSuiteIT {
    private static final int WORKERS = 8;
    /** Instances of every backend, and gateways. */
    private static final int INSTANCES = 2;

    private static final Duration QUIESCENCE = Duration.ofMinutes(5);
    private static final Duration SIGTERM_AND_RESTART = Duration.ofSeconds(20);
    private static final List<String> BACKENDS = List.copyOf(ServiceProcesses.DATABASES.keySet());

    private static ServiceProcesses services;
    private static RefusingSmtp smtp;
    private final Tally retries = new Tally();
    private Gateway gateway;

    @BeforeAll
    static void startSuite() {
        TestServers.startAll();
        smtp = new RefusingSmtp(TestServers.mail().smtpPort());
        Path root = Path.of(System.getProperty("reseller-plans.root", ".."))
                .toAbsolutePath()
                .normalize();
        // emails refused during the SMTP fault are retried from 3 s on instead of production's 30 s, so the suite
        // settles sooner; 8 attempts still outlast any fault here (≥ 3 min of refusals, with the jitter, before
        // one is given up; a fault lasts at most 2 min)
        services = ServiceProcesses.start(
                root,
                root.resolve("fault-tests/target/service-logs"),
                INSTANCES,
                INSTANCES,
                Map.of("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()), "NOTIFICATIONS_INITIAL_BACKOFF", "3s"));
    }

    @BeforeEach
    void newClient() {
        gateway = new Gateway(
                services.gateways().stream().map(RunningService::httpPort).toList(), retries);
    }

    @AfterAll
    static void stopSuite() {
        if (services != null) {
            services.close();
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void nothingIsLostOrDoneTwiceWhileEveryKindOfFaultHits() {
        Traffic traffic = new Traffic(gateway, distributors(5));
        Faults faults = new Faults(services, smtp, gateway::attempts);
        CompletableFuture<Void> injecting = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < Integer.getInteger("faults.rounds", 1); round++) {
                faults.killAndRestart(oneInstanceOfEach(
                        round,
                        ServiceProcesses.GATEWAY,
                        "order-service",
                        "subscription-service",
                        "storefront-alias-service",
                        "notification-service"));
                faults.kafkaOutage();
                faults.postgresOutage();
                faults.smtpRefusal();
                faults.killEveryInstanceAndRestart(BACKENDS.get(round % BACKENDS.size()));
                faults.pauseAndResume(oneInstance(round, BACKENDS.get(round % BACKENDS.size())));
                faults.terminateAndRestart(oneInstance(round, BACKENDS.get((round + 1) % BACKENDS.size())));
            }
        });

        traffic.run(WORKERS, Integer.getInteger("faults.resellers", 44), () -> !injecting.isDone());
        injecting.join();

        List<String> anomalies = new ArrayList<>(traffic.anomalies());
        anomalies.addAll(afterQuiescence(traffic.distributors(), 2));
        anomalies.addAll(replayEveryKey());
        report("fault suite", traffic.operations(), faults.injected(), anomalies);

        Set<String> kinds = faults.injected().snapshot().keySet();
        assertThat(kinds).as("every fault kind").contains("Kafka stopped", "PostgreSQL stopped", "SMTP refusing");
        for (String service : List.of(
                ServiceProcesses.GATEWAY,
                "order-service",
                "subscription-service",
                "storefront-alias-service",
                "notification-service")) {
            assertThat(kinds)
                    .as("one instance of " + service + " killed")
                    .anyMatch(kind -> kind.matches("kill -9 " + service + "-\\d+"));
        }
        assertThat(kinds)
                .anyMatch(kind -> kind.startsWith("kill -9 every "))
                .anyMatch(kind -> kind.startsWith("SIGSTOP"))
                .anyMatch(kind -> kind.startsWith("SIGTERM"));
        assertThat(smtp.refused()).as("connections SMTP refused").isPositive();
        assertThat(traffic.operations().total()).isGreaterThanOrEqualTo(200);
        assertThat(anomalies).as("anomalies").isEmpty();
    }

    /**
     * Graceful shutdown: an instance that gets SIGTERM while a burst of checkouts runs finishes or hands back what
     * it holds, so after its restart every order, event and email is there exactly once — not even the repeat
     * a crash may cause.
     */
    @Test
    void sigtermMidBurstLosesNothingAndSendsNothingTwice() {
        Traffic traffic = new Traffic(gateway, distributors(2));
        Faults faults = new Faults(services, smtp, gateway::attempts);
        List<String> terminated = Integer.getInteger("faults.rounds", 1) > 1
                ? BACKENDS
                : List.of("order-service", "notification-service");
        int size = Integer.getInteger("faults.burst", 24);
        // long enough for every SIGTERM and restart to happen while checkouts still arrive
        Duration spacing = SIGTERM_AND_RESTART.multipliedBy(terminated.size()).dividedBy(size);
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> traffic.checkoutBurst(size, WORKERS, spacing));
        for (int i = 0; i < terminated.size(); i++) {
            // spread over the burst: each SIGTERM lands while checkouts are still being answered and mailed
            long checkouts = (long) size * (i + 1) / (terminated.size() + 1);
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> traffic.operations().of("checkout") >= checkouts);
            faults.terminateAndRestart(oneInstance(i, terminated.get(i)));
        }
        burst.join();

        List<String> anomalies = new ArrayList<>(traffic.anomalies());
        anomalies.addAll(afterQuiescence(traffic.distributors(), 1));
        anomalies.addAll(replayEveryKey());
        report("SIGTERM mid-burst", traffic.operations(), faults.injected(), anomalies);

        assertThat(faults.injected().total()).isEqualTo(terminated.size());
        assertThat(anomalies).as("anomalies").isEmpty();
    }

    /** One instance of the service, taking turns: the round picks which one. */
    private static RunningService oneInstance(int round, String name) {
        List<RunningService> instances = services.instances(name);
        return instances.get(round % instances.size());
    }

    private static List<RunningService> oneInstanceOfEach(int round, String... names) {
        return Arrays.stream(names).map(name -> oneInstance(round, name)).toList();
    }

    /** Waits until the invariants hold or the suite had time to settle; returns what still breaks them. */
    private static List<String> afterQuiescence(Set<String> distributors, int maxCopiesOfAMail) {
        try {
            await().atMost(QUIESCENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() ->
                            Invariants.breaches(distributors, maxCopiesOfAMail).isEmpty());
            return List.of();
        } catch (ConditionTimeoutException e) {
            return Invariants.breaches(distributors, maxCopiesOfAMail);
        }
    }

    /** Every POST sent with a key, sent again: it must replay the first answer the client got, byte for byte. */
    private List<String> replayEveryKey() {
        List<String> anomalies = new ArrayList<>();
        for (Gateway.KeyedCall call : gateway.keyedCalls()) {
            Gateway.Answer again = gateway.replay(call);
            if (again.status() != call.first().status()
                    || !again.body().equals(call.first().body())
                    || !again.replayed()) {
                anomalies.add("Idempotency-Key " + call.key() + " on POST " + call.path() + ": first "
                        + call.first().status() + " " + call.first().body() + ", replay " + again.status()
                        + (again.replayed() ? " (replayed) " : " (run again) ") + again.body());
            }
        }
        return anomalies;
    }

    private void report(String name, Tally operations, Tally faults, List<String> anomalies) {
        StringBuilder summary = new StringBuilder("\n==== ").append(name).append(" ====\n");
        summary.append("operations: ").append(operations).append('\n');
        summary.append("retried after a fault (same Idempotency-Key): ")
                .append(retries)
                .append('\n');
        summary.append("faults injected: ").append(faults).append('\n');
        summary.append("SMTP connections refused: ").append(smtp.refused()).append('\n');
        summary.append("anomalies: ").append(anomalies.size()).append('\n');
        anomalies.forEach(anomaly -> summary.append("  - ").append(anomaly).append('\n'));
        System.out.println(summary);
    }

    private static List<String> distributors(int count) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        return IntStream.range(0, count)
                .mapToObj(i -> "faults-" + run + "-" + i)
                .toList();
    }
}
