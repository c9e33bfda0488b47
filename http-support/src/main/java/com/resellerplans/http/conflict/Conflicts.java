package com.resellerplans.http.conflict;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/** Recognises a transaction that lost a race for a row: running it again on fresh state may succeed. */
public final class Conflicts {
    /** serialization_failure, deadlock_detected. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01");

    private Conflicts() {}

    /** Whether the failure, or any cause of it, is a lost race. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && isRace(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRace(String sqlState) {
        return sqlState != null && RACE_STATES.contains(sqlState);
    }
}
