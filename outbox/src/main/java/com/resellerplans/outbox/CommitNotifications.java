package com.resellerplans.outbox;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the relay that some instance committed outbox rows: a trigger on {@code outbox_message} sends a
 * PostgreSQL NOTIFY when such a transaction commits, and the relay LISTENs on a connection it keeps for that.
 * Only the relay's thread uses it.
 */
final class CommitNotifications implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CommitNotifications.class);
    private static final String CHANNEL = "outbox_message";

    private final AgroalDataSource dataSource;
    private Connection connection;
    private PGConnection listening;

    CommitNotifications(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Waits at most {@code timeout} for a commit notification.
     *
     * @return true when a commit was notified, or when listening had to start again (commits made while no
     *         connection listened were not notified, so the caller must look for rows)
     */
    boolean await(Duration timeout) throws InterruptedException {
        try {
            if (listening == null) {
                listen();
                return true;
            }
            PGNotification[] notifications = listening.getNotifications(Math.toIntExact(timeout.toMillis()));
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            LOG.debugf("Not listening for outbox commits (%s); polling until the database answers", e.getMessage());
            disconnect();
            Thread.sleep(timeout.toMillis());
            return false;
        }
    }

    private void listen() throws SQLException {
        connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        listening = connection.unwrap(PGConnection.class);
    }

    /** Stops listening, so the connection goes back to the pool as any other. */
    @Override
    public void close() {
        if (listening != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UNLISTEN " + CHANNEL);
            } catch (SQLException e) {
                LOG.debugf("UNLISTEN failed: %s", e.getMessage());
            }
        }
        disconnect();
    }

    private void disconnect() {
        listening = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the listening connection failed: %s", e.getMessage());
            }
            connection = null;
        }
    }
}
