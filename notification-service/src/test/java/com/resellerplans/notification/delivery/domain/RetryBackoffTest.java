package com.resellerplans.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries back off exponentially up to a ceiling, with half of each pause random. */
class RetryBackoffTest {
    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void doublesWithEachFailureUpToTheCeiling() {
        RetryBackoff noJitter = new RetryBackoff(INITIAL, MAX, () -> 1.0);

        assertThat(noJitter.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(noJitter.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(noJitter.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(noJitter.after(20)).isEqualTo(MAX);
        assertThat(noJitter.after(500)).isEqualTo(MAX);
    }

    @Test
    void jitterKeepsAtLeastHalfThePause() {
        RetryBackoff allJitter = new RetryBackoff(INITIAL, MAX, () -> 0.0);

        assertThat(allJitter.after(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(allJitter.after(3)).isEqualTo(Duration.ofSeconds(60));
    }
}
