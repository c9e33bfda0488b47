package com.resellerplans.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void spacesArrivalsEvenlyAtTheRate() {
        RateSchedule schedule = new RateSchedule(50, Duration.ofSeconds(30));

        assertThat(schedule.arrivals()).isEqualTo(1_500);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(20_000_000);
        assertThat(schedule.offsetNanos(1_499)).isEqualTo(29_980_000_000L);
    }

    @Test
    void keepsFractionalRatesWithoutDrift() {
        RateSchedule schedule = new RateSchedule(3, Duration.ofSeconds(10));

        assertThat(schedule.arrivals()).isEqualTo(30);
        assertThat(schedule.offsetNanos(3)).isEqualTo(1_000_000_000);
        assertThat(schedule.offsetNanos(29)).isEqualTo(9_666_666_667L);
    }

    @Test
    void refusesARateOrDurationThatIsNotPositive() {
        assertThatThrownBy(() -> new RateSchedule(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
