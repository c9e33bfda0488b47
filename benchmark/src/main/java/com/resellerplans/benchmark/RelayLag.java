package com.resellerplans.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Relay lag from the services' own outbox rows: {@code sent_at} (the broker acknowledged) minus
 * {@code occurred_at} (the change, inside the transaction that wrote the row), over every row written since a
 * moment of the run.
 */
final class RelayLag {

    /** The lag percentiles over all databases, and the rows still unsent when the run ended. */
    record Summary(long sent, long unsent, double p50Ms, double p99Ms, double maxMs) {}

    private static final List<String> DATABASES = List.of("orders", "subscriptions", "storefronts", "notifications");
    private static final String LAGS = """
            SELECT sent_at IS NULL, EXTRACT(EPOCH FROM (sent_at - occurred_at)) * 1000000
            FROM outbox_message WHERE occurred_at >= ?""";

    private RelayLag() {}

    static Summary since(int postgresPort, Instant from) throws SQLException {
        Histogram micros = LatencySummary.newHistogram();
        long unsent = 0;
        for (String database : DATABASES) {
            String url = "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                    PreparedStatement query = connection.prepareStatement(LAGS)) {
                query.setTimestamp(1, Timestamp.from(from));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getBoolean(1)) {
                            unsent++;
                        } else {
                            micros.recordValue(Math.max(0, Math.round(rows.getDouble(2))));
                        }
                    }
                }
            }
        }
        LatencySummary lags = LatencySummary.of(micros, 0, 0, 0);
        return new Summary(lags.ok(), unsent, lags.p50Ms(), lags.p99Ms(), lags.maxMs());
    }
}
