package com.resellerplans.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Starts an operation at each arrival of a {@link RateSchedule} without waiting for earlier ones (open model)
 * and measures each latency from the arrival's intended start, so a stalled system cannot hide its queue behind
 * a slowed-down driver (no coordinated omission).
 */
final class OpenLoad {

    /** One arrival: completes with the {@link System#nanoTime()} at which its effect was observed. */
    @FunctionalInterface
    interface Operation {
        CompletionStage<Long> start(long index);
    }

    /** What a phase measured, and why the failed arrivals failed. */
    record PhaseResult(
            String name, double ratePerSecond, double seconds, LatencySummary latency, Map<String, Long> failures) {}

    private OpenLoad() {}

    static PhaseResult run(String name, RateSchedule schedule, Operation operation, Duration drainTimeout)
            throws InterruptedException {
        long arrivals = schedule.arrivals();
        Histogram micros = LatencySummary.newHistogram();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        CountDownLatch unanswered = new CountDownLatch(Math.toIntExact(arrivals));
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
        for (long index = 0; index < arrivals; index++) {
            long intended = start + schedule.offsetNanos(index);
            parkUntil(intended);
            startedAt(operation, index).whenComplete((observedAt, error) -> {
                if (error == null) {
                    synchronized (micros) {
                        micros.recordValue(Math.max(0, observedAt - intended) / 1_000);
                    }
                    lastAnswer.accumulateAndGet(observedAt, Math::max);
                } else {
                    failures.computeIfAbsent(reason(error), ignored -> new LongAdder())
                            .increment();
                }
                unanswered.countDown();
            });
        }
        unanswered.await(drainTimeout.toNanos(), TimeUnit.NANOSECONDS);
        long lost = unanswered.getCount();
        long failed = failures.values().stream().mapToLong(LongAdder::sum).sum();
        double elapsed = Math.max(schedule.seconds(), (lastAnswer.get() - start) / 1e9);
        LatencySummary summary;
        synchronized (micros) {
            summary = LatencySummary.of(micros, failed, lost, elapsed);
        }
        Map<String, Long> reasons = new TreeMap<>();
        failures.forEach((reason, count) -> reasons.put(reason, count.sum()));
        return new PhaseResult(name, schedule.perSecond(), schedule.seconds(), summary, reasons);
    }

    private static CompletionStage<Long> startedAt(Operation operation, long index) {
        try {
            return operation.start(index);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void parkUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 120 ? message.substring(0, 120) : message;
    }
}
