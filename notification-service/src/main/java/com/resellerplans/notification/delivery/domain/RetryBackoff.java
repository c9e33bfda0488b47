package com.resellerplans.notification.delivery.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": the pause doubles with each failure up to a ceiling, and half of it
 * is random so that emails failing together (an SMTP outage) do not all come back at the same instant.
 */
public record RetryBackoff(Duration initial, Duration max, DoubleSupplier random) {

    /** The pause after the given number of failed attempts (1 = the first failure). */
    public Duration after(int failedAttempts) {
        long initialMillis = initial.toMillis();
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long exponential = Math.min(max.toMillis(), saturatingShift(initialMillis, doublings));
        long half = exponential / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (exponential - half)));
    }

    private static long saturatingShift(long value, int bits) {
        return value > (Long.MAX_VALUE >> bits) ? Long.MAX_VALUE : value << bits;
    }
}
