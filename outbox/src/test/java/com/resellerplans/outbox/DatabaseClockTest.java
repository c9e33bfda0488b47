package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatabaseClockTest {
    private final DatabaseClock clock = new DatabaseClock();

    @Test
    void readsTheDatabasesTimeWhenTheMachinesClockIsBehind() {
        Instant sentAt = Instant.now();
        clock.calibrate(sentAt, sentAt.plusSeconds(42).plusMillis(5), sentAt.plusMillis(10));

        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(42));
        assertThat(Duration.between(Instant.now(), clock.instant()))
                .isBetween(Duration.ofSeconds(41), Duration.ofSeconds(43));
    }

    @Test
    void takesTheDatabaseToHaveAnsweredHalfWayThroughTheRoundTrip() {
        Instant sentAt = Instant.parse("2026-12-03T10:00:00Z");
        clock.calibrate(sentAt, Instant.parse("2026-12-03T09:59:00.010Z"), sentAt.plusMillis(20));

        assertThat(clock.offset()).isEqualTo(Duration.ofMinutes(-1));
    }

    @Test
    void beforeAnyReadingItIsTheMachinesClock() {
        assertThat(clock.offset()).isZero();
        assertThat(clock.getZone().getId()).isEqualTo("Z");
    }
}
