package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final int BATCH = 10;
    private static final Duration BUDGET = Duration.ofSeconds(54);

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void claimsBatchAfterBatchUntilOneComesBackShort() {
        Batches batches = new Batches(10, 10, 3, 10);

        assertThat(Sweep.run(batches, BATCH, BUDGET, nanos::get)).isEqualTo(23);
        assertThat(batches.calls).hasValue(3);
    }

    @Test
    void anEmptyFirstBatchEndsTheTick() {
        Batches batches = new Batches(0, 10);

        assertThat(Sweep.run(batches, BATCH, BUDGET, nanos::get)).isZero();
        assertThat(batches.calls).hasValue(1);
    }

    @Test
    void stopsAtTheBudgetThoughEveryBatchIsFull() {
        Batches batches = new Batches(10, 10, 10, 10, 10);
        IntSupplier slowBatches = () -> {
            nanos.addAndGet(Duration.ofSeconds(20).toNanos());
            return batches.getAsInt();
        };

        assertThat(Sweep.run(slowBatches, BATCH, BUDGET, nanos::get)).isEqualTo(30);
        assertThat(batches.calls).hasValue(3);
    }

    @Test
    void claimsOneBatchEvenWithoutABudget() {
        Batches batches = new Batches(10, 10);

        assertThat(Sweep.run(batches, BATCH, Duration.ZERO, nanos::get)).isEqualTo(10);
        assertThat(batches.calls).hasValue(1);
    }

    @Test
    void aFailingBatchEndsTheTickWithItsError() {
        Batches batches = new Batches(10);
        IntSupplier failingSecond = () -> {
            if (batches.calls.get() == 1) {
                throw new IllegalStateException("batch rolled back");
            }
            return batches.getAsInt();
        };

        assertThatThrownBy(() -> Sweep.run(failingSecond, BATCH, BUDGET, nanos::get))
                .hasMessage("batch rolled back");
        assertThat(batches.calls).hasValue(1);
    }

    /** Batches that claim the given numbers of rows, one after the other. */
    private static final class Batches implements IntSupplier {
        private final ArrayDeque<Integer> sizes;
        private final AtomicInteger calls = new AtomicInteger();

        Batches(Integer... sizes) {
            this.sizes = new ArrayDeque<>(List.of(sizes));
        }

        @Override
        public int getAsInt() {
            calls.incrementAndGet();
            return sizes.pop();
        }
    }
}
