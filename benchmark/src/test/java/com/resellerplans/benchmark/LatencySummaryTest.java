package com.resellerplans.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void summarisesMicrosecondsAsMillisecondPercentiles() {
        Histogram micros = LatencySummary.newHistogram();
        for (int millis = 1; millis <= 100; millis++) {
            micros.recordValue(millis * 1_000L);
        }

        LatencySummary summary = LatencySummary.of(micros, 0, 0, 10);

        assertThat(summary.ok()).isEqualTo(100);
        assertThat(summary.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(summary.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(summary.maxMs()).isCloseTo(100, within(0.1));
        assertThat(summary.throughputPerSecond()).isEqualTo(10);
    }

    @Test
    void holdsOnlyWhenNothingFailedOrWasLostAndTheP99IsUnderTheLimit() {
        Histogram micros = LatencySummary.newHistogram();
        micros.recordValue(200_000);

        assertThat(LatencySummary.of(micros, 0, 0, 1).heldWithin(1_000)).isTrue();
        assertThat(LatencySummary.of(micros, 0, 0, 1).heldWithin(150)).isFalse();
        assertThat(LatencySummary.of(micros, 1, 0, 1).heldWithin(1_000)).isFalse();
        assertThat(LatencySummary.of(micros, 0, 1, 1).heldWithin(1_000)).isFalse();
        assertThat(LatencySummary.of(LatencySummary.newHistogram(), 0, 0, 1).heldWithin(1_000))
                .isFalse();
    }
}
