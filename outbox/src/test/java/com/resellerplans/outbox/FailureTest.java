package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class FailureTest {
    private static final boolean ANSWERS = true;

    @Test
    void aLostConnectionIsAnOutageWhateverWrapsIt() {
        assertThat(Failure.of(new IllegalStateException(new SQLException("refused", "08001")), () -> ANSWERS))
                .isEqualTo(Failure.OUTAGE);
        assertThat(Failure.of(new RuntimeException(new SQLException("terminating connection", "57P01")), () -> ANSWERS))
                .isEqualTo(Failure.OUTAGE);
        assertThat(Failure.of(new RuntimeException(new ConnectException("Connection refused")), () -> ANSWERS))
                .isEqualTo(Failure.OUTAGE);
        assertThat(Failure.of(new RuntimeException(new SystemException("commit failed")), () -> ANSWERS))
                .isEqualTo(Failure.OUTAGE);
    }

    @Test
    void aFailureNothingExplainsIsAnOutageWhileTheDatabaseDoesNotAnswer() {
        SQLException noState = new SQLException("Acquisition timeout while waiting for new connection");

        assertThat(Failure.of(new RuntimeException(noState), () -> false)).isEqualTo(Failure.OUTAGE);
        assertThat(Failure.of(new RuntimeException(noState), () -> ANSWERS)).isEqualTo(Failure.EVENT);
    }

    @Test
    void aLostRaceIsAConflict() {
        assertThat(Failure.of(
                        new OptimisticLockException(new StaleObjectStateException("Subscription", "id")), () -> false))
                .isEqualTo(Failure.CONFLICT);
        assertThat(Failure.of(new RuntimeException(new SQLException("could not serialize", "40001")), () -> false))
                .isEqualTo(Failure.CONFLICT);
        assertThat(Failure.of(new RuntimeException(new SQLException("deadlock detected", "40P01")), () -> false))
                .isEqualTo(Failure.CONFLICT);
    }

    @Test
    void aRuleBugOrABadValueOnAHealthyDatabaseIsTheEventsOwn() {
        assertThat(Failure.of(new NullPointerException("plan"), () -> ANSWERS)).isEqualTo(Failure.EVENT);
        assertThat(Failure.of(new RuntimeException(new SQLException("value too long", "22001")), () -> ANSWERS))
                .isEqualTo(Failure.EVENT);
        assertThat(Failure.of(new RuntimeException(new SQLException("duplicate key", "23505")), () -> ANSWERS))
                .isEqualTo(Failure.EVENT);
    }
}
