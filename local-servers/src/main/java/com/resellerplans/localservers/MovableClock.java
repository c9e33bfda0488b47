package com.resellerplans.localservers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: real UTC time plus an offset a test moves forward and resets, so terms,
 * holds and drafts come due without sleeping. Each service's tests produce it as their {@code Clock} bean.
 */
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** Moves "now" forward (or back) by the amount. */
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
