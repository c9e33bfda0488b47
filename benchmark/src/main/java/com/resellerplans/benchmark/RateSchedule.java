package com.resellerplans.benchmark;

import java.time.Duration;

/**
 * When each arrival of an open-model load is meant to start: {@code perSecond} arrivals a second, evenly spaced,
 * for {@code duration}, whatever the system under test answers meanwhile.
 */
record RateSchedule(double perSecond, Duration duration) {

    private static final double NANOS_PER_SECOND = 1e9;

    RateSchedule {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
    }

    /** How many arrivals the schedule holds. */
    long arrivals() {
        return Math.round(perSecond * duration.toNanos() / NANOS_PER_SECOND);
    }

    /** The intended start of arrival {@code index}, in nanoseconds after the schedule's start. */
    long offsetNanos(long index) {
        return Math.round(index * NANOS_PER_SECOND / perSecond);
    }

    double seconds() {
        return duration.toNanos() / NANOS_PER_SECOND;
    }
}
