package com.resellerplans.subscription.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: real UTC time plus an offset a test moves forward and resets. */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** Moves the service's "now" forward (or back) by the amount. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
