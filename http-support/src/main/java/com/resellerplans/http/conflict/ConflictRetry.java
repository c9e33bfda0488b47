package com.resellerplans.http.conflict;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetryOnConflict} command again after a lost race, up to {@value #ATTEMPTS} times in all, each
 * time in a new transaction that reads the rows afresh, so the rules are checked again on what another
 * transaction committed meanwhile. Outermost of the request's interceptors (before the Idempotency-Key's
 * transaction), because only the owner of a transaction can run it again: inside a caller's transaction it
 * lets the failure through.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class ConflictRetry {
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    static final int ATTEMPTS = 4;
    /** A random pause before each new attempt, growing with it, so two losers do not collide again. */
    private static final long PAUSE_MILLIS = 20;

    @AroundInvoke
    Object runUntilItWins(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!Conflicts.isConflict(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warnf(
                            "%s lost %d races in a row; answering %s",
                            invocation.getMethod().getName(), ATTEMPTS, ConcurrentUpdateException.CODE);
                    throw new ConcurrentUpdateException();
                }
                LOG.infof(
                        "%s lost a race (attempt %d of %d); running it again",
                        invocation.getMethod().getName(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, PAUSE_MILLIS * attempt + 1));
    }
}
