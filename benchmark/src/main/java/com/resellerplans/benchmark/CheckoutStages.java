package com.resellerplans.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Where a Storefront checkout's time goes on its way to the welcome email, stage by stage, from the moments the
 * services themselves wrote down (one machine, one clock): the order's creation and execution, each outbox row's
 * commit and broker acknowledgement, the subscription, the storefront and the delivery rows, and the send. The
 * stage whose time grows with the rate is the one to profile.
 */
final class CheckoutStages {

    /** One stage's latency over the checkouts that got past it. */
    record Stage(String name, LatencySummary latency) {}

    private static final String ORDERS = """
            SELECT o.reseller_id, o.created_at, o.executed_at, m.sent_at
            FROM orders o JOIN outbox_message m ON (m.payload::jsonb ->> 'orderId') = CAST(o.id AS text)
            WHERE o.created_at >= ? AND o.channel = 'STOREFRONT' AND o.kind = 'NEW'
              AND m.event_type = 'order.executed.v1'""";
    private static final String SUBSCRIPTIONS = """
            SELECT s.reseller_id, s.created_at, m.sent_at
            FROM subscription s JOIN outbox_message m ON (m.payload::jsonb ->> 'subscriptionId') = CAST(s.id AS text)
            WHERE s.created_at >= ? AND m.event_type = 'subscription.activated.v2'""";
    private static final String STOREFRONTS = """
            SELECT s.reseller_id, s.created_at, m.sent_at
            FROM storefront s JOIN outbox_message m
              ON (m.payload::jsonb ->> 'subscriptionId') = CAST(s.subscription_id AS text)
            WHERE s.created_at >= ? AND m.event_type = 'storefront.activated.v1'""";
    private static final String DELIVERIES = """
            SELECT reseller_id, created_at, sent_at FROM delivery
            WHERE created_at >= ? AND template_key LIKE 'welcome-%'""";

    /** The moments in the order they happen, each named by what ends the stage before it. */
    private static final List<String> MOMENTS = List.of(
            "order created",
            "checkout answered (order executed)",
            "order.executed relayed",
            "subscription-service applied it",
            "subscription.activated relayed",
            "storefront-alias-service applied it",
            "storefront.activated relayed",
            "notification-service queued the email",
            "email accepted by SMTP");

    private final Map<String, Instant[]> momentsPerReseller = new HashMap<>();

    private CheckoutStages() {}

    static List<Stage> since(int postgresPort, Instant from) throws SQLException {
        CheckoutStages stages = new CheckoutStages();
        stages.read(postgresPort, "orders", ORDERS, from, 0);
        stages.read(postgresPort, "subscriptions", SUBSCRIPTIONS, from, 3);
        stages.read(postgresPort, "storefronts", STOREFRONTS, from, 5);
        stages.read(postgresPort, "notifications", DELIVERIES, from, 7);
        return stages.summaries();
    }

    /** Reads the moments each row holds (columns after the reseller id) into the moments from {@code first} on. */
    private void read(int postgresPort, String database, String sql, Instant from, int first) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = query.executeQuery()) {
                int moments = rows.getMetaData().getColumnCount() - 1;
                while (rows.next()) {
                    Instant[] reseller =
                            momentsPerReseller.computeIfAbsent(rows.getString(1), id -> new Instant[MOMENTS.size()]);
                    for (int i = 0; i < moments; i++) {
                        Timestamp at = rows.getTimestamp(i + 2);
                        reseller[first + i] = at == null ? null : at.toInstant();
                    }
                }
            }
        }
    }

    private List<Stage> summaries() {
        List<Stage> stages = new ArrayList<>();
        for (int i = 1; i < MOMENTS.size(); i++) {
            Histogram micros = LatencySummary.newHistogram();
            for (Instant[] moments : momentsPerReseller.values()) {
                if (moments[0] != null && moments[i - 1] != null && moments[i] != null) {
                    long elapsed = Duration.between(moments[i - 1], moments[i]).toNanos() / 1000;
                    micros.recordValue(Math.max(0, elapsed));
                }
            }
            stages.add(new Stage(MOMENTS.get(i), LatencySummary.of(micros, 0, 0, 0)));
        }
        return stages;
    }
}
