package com.resellerplans.subscription.domain;

import java.time.Duration;
import java.time.Instant;

/** Terms of one fixed length back to back from the start: what a shortened deployment uses instead of months. */
record FixedTerm(Instant startedAt, Duration length) implements Term {

    FixedTerm {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A term must last some time: " + length);
        }
    }

    @Override
    public Instant endOfTermAt(Instant at) {
        long completed =
                at.isBefore(startedAt) ? 0 : Duration.between(startedAt, at).dividedBy(length);
        return startedAt.plus(length.multipliedBy(completed + 1));
    }
}
