package com.resellerplans.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The database's time, read from this JVM's clock corrected by the offset last measured against the database:
 * a lease or an expiry one instance writes means the same moment to every other instance, however far the
 * machines' clocks drift apart. Always UTC.
 */
final class DatabaseClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /**
     * Takes a reading of the database's clock: {@code sentAt} and {@code answeredAt} are this JVM's times around
     * the query, and the database is taken to have read its clock half-way between them.
     */
    void calibrate(Instant sentAt, Instant databaseTime, Instant answeredAt) {
        Instant halfWay = sentAt.plus(Duration.between(sentAt, answeredAt).dividedBy(2));
        offset = Duration.between(halfWay, databaseTime);
    }

    Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The database clock is UTC only");
    }
}
