package com.resellerplans.faults;

import static org.awaitility.Awaitility.await;

import com.resellerplans.localservers.RunningService;
import com.resellerplans.localservers.ServiceProcesses;
import com.resellerplans.localservers.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Injects the faults production meets, one at a time, while traffic flows: a fault lasts until the traffic
 * has felt it (its requests kept coming meanwhile), then the failed part comes back. Process faults hit one
 * instance of a service (its other instances keep serving) or, where named so, every instance of it.
 */
final class Faults {
    /** Requests the traffic sends while a fault holds: enough for several calls to meet it. */
    private static final int REQUESTS_DURING_A_FAULT = 20;

    private static final Duration LONGEST_FAULT = Duration.ofSeconds(60);

    private final ServiceProcesses services;
    private final RefusingSmtp smtp;
    private final LongSupplier trafficRequests;
    private final Tally injected = new Tally();

    Faults(ServiceProcesses services, RefusingSmtp smtp, LongSupplier trafficRequests) {
        this.services = services;
        this.smtp = smtp;
        this.trafficRequests = trafficRequests;
    }

    Tally injected() {
        return injected;
    }

    /**
     * SIGKILL these instances together, then start them again on their ports and wait until they are ready. One
     * of two instances of a service: the other one carries the traffic meanwhile.
     */
    void killAndRestart(List<RunningService> victims) {
        victims.forEach(RunningService::kill);
        victims.forEach(victim -> injected.add("kill -9 " + victim.instanceName()));
        whileTrafficFeelsIt();
        victims.parallelStream().forEach(RunningService::restart);
    }

    /** SIGKILL every instance of the service: the whole service is down until they are back. */
    void killEveryInstanceAndRestart(String name) {
        List<RunningService> victims = services.instances(name);
        victims.forEach(RunningService::kill);
        injected.add("kill -9 every " + name);
        whileTrafficFeelsIt();
        victims.parallelStream().forEach(RunningService::restart);
    }

    /** SIGTERM (graceful shutdown) of one instance, then a start on the same ports. */
    void terminateAndRestart(RunningService instance) {
        int exit = instance.terminate();
        injected.add("SIGTERM " + instance.instanceName());
        if (exit != 0 && exit != 143) {
            throw new IllegalStateException(
                    instance.instanceName() + " exited with " + exit + " on SIGTERM; see " + instance.log());
        }
        instance.restart();
    }

    /** SIGSTOP: the instance hangs with its connections open; SIGCONT once the traffic has run into it. */
    void pauseAndResume(RunningService instance) {
        instance.pause();
        injected.add("SIGSTOP " + instance.instanceName());
        try {
            whileTrafficFeelsIt();
        } finally {
            instance.resume();
        }
    }

    void kafkaOutage() {
        outage("Kafka stopped", TestServers.kafka()::stop, TestServers.kafka()::start);
    }

    void postgresOutage() {
        outage("PostgreSQL stopped", TestServers.postgres()::stopKeepingData, TestServers.postgres()::startOnSameData);
    }

    private void outage(String kind, Runnable stop, Runnable start) {
        stop.run();
        injected.add(kind);
        try {
            whileTrafficFeelsIt();
        } finally {
            start.run();
        }
    }

    /** SMTP answers 421 to every connection until it has turned some away and the traffic went on meanwhile. */
    void smtpRefusal() {
        long refusedBefore = smtp.refused();
        smtp.startRefusing();
        injected.add("SMTP refusing");
        try {
            await().atMost(LONGEST_FAULT).until(() -> smtp.refused() > refusedBefore);
            whileTrafficFeelsIt();
        } finally {
            smtp.stopRefusing();
        }
    }

    private void whileTrafficFeelsIt() {
        long before = trafficRequests.getAsLong();
        await().atMost(LONGEST_FAULT).until(() -> trafficRequests.getAsLong() >= before + REQUESTS_DURING_A_FAULT);
    }
}
