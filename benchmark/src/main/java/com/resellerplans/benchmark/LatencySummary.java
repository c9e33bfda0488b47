package com.resellerplans.benchmark;

import org.HdrHistogram.Histogram;

/**
 * What one phase measured: answers that succeeded, failed or never came, latency percentiles in milliseconds
 * (recorded in microseconds) and the achieved throughput.
 */
record LatencySummary(
        long ok, long failed, long lost, double p50Ms, double p99Ms, double maxMs, double throughputPerSecond) {

    /** Latencies are recorded in microseconds, up to an hour, to three significant digits. */
    static Histogram newHistogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    static LatencySummary of(Histogram micros, long failed, long lost, double elapsedSeconds) {
        long ok = micros.getTotalCount();
        return new LatencySummary(
                ok,
                failed,
                lost,
                millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()),
                elapsedSeconds > 0 ? ok / elapsedSeconds : 0);
    }

    /** Everything answered, nothing failed, and the 99th percentile stayed under {@code p99LimitMs}. */
    boolean heldWithin(double p99LimitMs) {
        return failed == 0 && lost == 0 && ok > 0 && p99Ms < p99LimitMs;
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
