package com.resellerplans.outbox;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.SystemException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hibernate.StaleStateException;

/**
 * Why applying an event failed, which decides whether the event may end in the dead-letter topic: only for a
 * failure of its own (bad payload, a rule bug), never because infrastructure was unreachable or another
 * transaction won a race for the same row.
 */
enum Failure {
    /** The database (or the transaction manager) could not be reached: wait for it, however long. */
    OUTAGE,
    /** Another transaction changed the same rows first: run the event again on fresh state. */
    CONFLICT,
    /** It failed while the database answered: counts toward the event's own attempts. */
    EVENT;

    /** serialization_failure, deadlock_detected. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01");
    /**
     * SQLSTATE classes of a server out of reach: 08 connection exception, 53 insufficient resources (too many
     * connections), 57P operator intervention (shutdown, cannot connect now), 58 system error.
     */
    private static final Set<String> OUTAGE_STATE_PREFIXES = Set.of("08", "53", "57P", "58");

    /**
     * Classifies by the failure's causes first; a failure they do not explain is the event's own only if the
     * database answers now (a pool that could not hand out a connection says little about why).
     */
    static Failure of(Throwable failure, BooleanSupplier databaseAnswers) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof SQLException sql && isRace(sql.getSQLState())) {
                return CONFLICT;
            }
            if (isOutage(cause)) {
                return OUTAGE;
            }
        }
        return databaseAnswers.getAsBoolean() ? EVENT : OUTAGE;
    }

    private static boolean isRace(String sqlState) {
        return sqlState != null && RACE_STATES.contains(sqlState);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof IOException
                || cause instanceof SystemException
                || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return OUTAGE_STATE_PREFIXES.stream().anyMatch(sql.getSQLState()::startsWith);
        }
        return false;
    }
}
