package com.resellerplans.http.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The {@code idempotency_key} table. A claim commits in its own transaction, because it must be visible to a
 * concurrent retry before the work starts; an answer joins the work's transaction when there is one
 * ({@link IdempotentWork}). Times are the database's, the same for every instance.
 */
@ApplicationScoped
class IdempotencyRecords {
    private static final String CLAIM = """
            INSERT INTO idempotency_key (distributor_id, subject, route, idem_key, request_hash, status,
                locked_until, created_at)
            VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', now() + make_interval(secs => ?), now())
            ON CONFLICT DO NOTHING""";
    private static final String FIND = """
            SELECT request_hash, status, locked_until > now() AS held, response_status, response_content_type,
                response_location, response_body
            FROM idempotency_key
            WHERE distributor_id = ? AND subject = ? AND route = ? AND idem_key = ?
            FOR UPDATE""";
    private static final String TAKE_OVER = """
            UPDATE idempotency_key SET locked_until = now() + make_interval(secs => ?)
            WHERE distributor_id = ? AND subject = ? AND route = ? AND idem_key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET status = 'COMPLETED', response_status = ?, response_content_type = ?,
                response_location = ?, response_body = ?
            WHERE distributor_id = ? AND subject = ? AND route = ? AND idem_key = ?""";
    private static final String RELEASE = """
            DELETE FROM idempotency_key
            WHERE distributor_id = ? AND subject = ? AND route = ? AND idem_key = ? AND status = 'IN_PROGRESS'""";
    private static final String PURGE = """
            DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?)""";

    private final DataSource dataSource;
    private final IdempotencyConfig config;

    IdempotencyRecords(DataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Takes the key for this request, or says why not. Blocks: never call it on an event-loop thread. */
    ClaimOutcome claim(IdempotencyScope scope, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                // a key released (5xx) or purged between the insert and the read is simply free again
                for (int attempt = 0; attempt < 3; attempt++) {
                    if (insert(connection, scope, fingerprint)) {
                        return ClaimOutcome.CLAIMED;
                    }
                    ClaimOutcome existing = judgeExisting(connection, scope, fingerprint);
                    if (existing != null) {
                        return existing;
                    }
                }
                return ClaimOutcome.IN_USE;
            }
        });
    }

    /** Keeps the answer to replay for the key's lifetime, with the work when called inside its transaction. */
    void complete(IdempotencyScope scope, StoredAnswer answer) {
        QuarkusTransaction.joiningExisting()
                .run(() -> update(COMPLETE, statement -> {
                    statement.setInt(1, answer.status());
                    statement.setString(2, answer.contentType());
                    statement.setString(3, answer.location());
                    statement.setBytes(4, answer.body());
                    bindScope(statement, 5, scope);
                }));
    }

    /** Frees the key after a failure on our side, so that a retry runs the request again. */
    void release(IdempotencyScope scope) {
        QuarkusTransaction.requiringNew().run(() -> update(RELEASE, statement -> bindScope(statement, 1, scope)));
    }

    /** Deletes the keys first used longer ago than the retention; returns how many. */
    int purgeOlderThan(Duration retention) {
        return QuarkusTransaction.requiringNew()
                .call(() -> update(PURGE, statement -> statement.setLong(1, retention.toSeconds())));
    }

    private boolean insert(Connection connection, IdempotencyScope scope, String fingerprint) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            bindScope(statement, 1, scope);
            statement.setString(5, fingerprint);
            statement.setLong(6, config.lease().toSeconds());
            return statement.executeUpdate() == 1;
        }
    }

    /** Judges the key's row, locked until this claim commits; null when there is no row any more. */
    private ClaimOutcome judgeExisting(Connection connection, IdempotencyScope scope, String fingerprint)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            bindScope(statement, 1, scope);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (!row.getString("request_hash").equals(fingerprint)) {
                    return ClaimOutcome.REUSED;
                }
                if ("COMPLETED".equals(row.getString("status"))) {
                    return ClaimOutcome.replay(new StoredAnswer(
                            row.getInt("response_status"),
                            row.getString("response_content_type"),
                            row.getString("response_location"),
                            row.getBytes("response_body")));
                }
                if (row.getBoolean("held")) {
                    return ClaimOutcome.IN_USE;
                }
            }
        }
        // the request that held the key died without an answer: this retry runs it
        try (PreparedStatement statement = connection.prepareStatement(TAKE_OVER)) {
            statement.setLong(1, config.lease().toSeconds());
            bindScope(statement, 2, scope);
            statement.executeUpdate();
        }
        return ClaimOutcome.CLAIMED;
    }

    private int update(String sql, StatementBinding binding) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency key store failed", e);
        }
    }

    private static void bindScope(PreparedStatement statement, int first, IdempotencyScope scope) throws SQLException {
        statement.setString(first, scope.distributorId());
        statement.setString(first + 1, scope.subject());
        statement.setString(first + 2, scope.route());
        statement.setString(first + 3, scope.key());
    }

    @FunctionalInterface
    private interface StatementBinding {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
