package com.resellerplans.outbox;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What one tick of a periodic sweep does, the same for every sweep: it claims batch after batch (each its own
 * transaction, see {@link DueRows#claim}) until a batch comes back short or the tick's budget is spent, and it
 * always claims at least one. A short batch means nothing more is due, or that the rest is held by another
 * instance's sweep, which applies it. Why this policy: one batch per tick falls behind for good as soon as more rows
 * come due per period than a batch holds (a month's end of cancellations), and looping until a batch comes back
 * empty costs an empty query on every tick; either loop would never end if applied rows stayed due (a bug), which
 * the budget bounds. The budget is the tick's turn ({@link JobTurns#turnOf}): after it another instance may take
 * the job's next turn, so a long backlog stops there and the next tick goes on with it. A batch that fails rolls
 * back alone and ends the tick by its exception; its rows stay due for the next tick.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * Runs {@code batch}, which claims up to {@code batchSize} rows and answers how many it claimed, as the policy
     * says.
     *
     * @return how many rows the tick claimed
     */
    public static int run(IntSupplier batch, int batchSize, Duration budget) {
        return run(batch, batchSize, budget, System::nanoTime);
    }

    static int run(IntSupplier batch, int batchSize, Duration budget, LongSupplier nanoTime) {
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        int total = 0;
        int claimed;
        do {
            claimed = batch.getAsInt();
            total += claimed;
        } while (claimed >= batchSize && nanoTime.getAsLong() - deadline < 0);
        return total;
    }
}
