package com.resellerplans.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed (never for a rolled-back one), so a worker woken
 * by it sees the rows that transaction wrote.
 */
public final class AfterCommit {
    private AfterCommit() {}

    /**
     * Registers {@code action} with the current transaction, at most once per {@code key}: calling again with
     * the same key inside the same transaction does nothing.
     */
    public static void run(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
