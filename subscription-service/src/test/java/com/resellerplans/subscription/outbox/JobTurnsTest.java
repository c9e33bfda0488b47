package com.resellerplans.subscription.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.outbox.JobTurns;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A periodic job's tick runs it only if no instance of the deployment ran it within the period. */
@QuarkusTest
class JobTurnsTest {
    @Inject
    JobTurns turns;

    @Test
    void theFirstTickOfAPeriodTakesTheTurnAndTheOthersSkip() {
        String job = "job-" + UUID.randomUUID();

        assertThat(turns.takeTurn(job, Duration.ofMinutes(1))).isTrue();
        assertThat(turns.takeTurn(job, Duration.ofMinutes(1))).isFalse();
        assertThat(turns.takeTurn(job, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void theTurnIsFreeAgainOnceMostOfThePeriodHasPassed() throws InterruptedException {
        String job = "job-" + UUID.randomUUID();
        Duration period = Duration.ofMillis(500);

        assertThat(turns.takeTurn(job, period)).isTrue();
        Thread.sleep(period.toMillis());

        assertThat(turns.takeTurn(job, period)).isTrue();
    }

    @Test
    void jobsTakeTurnsOfTheirOwn() {
        String job = "job-" + UUID.randomUUID();
        assertThat(turns.takeTurn(job, Duration.ofMinutes(1))).isTrue();

        assertThat(turns.takeTurn(job + "-other", Duration.ofMinutes(1))).isTrue();
    }
}
