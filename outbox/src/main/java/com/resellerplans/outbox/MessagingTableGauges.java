package com.resellerplans.outbox;

import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * How big the messaging tables are, which the retention purge keeps in bounds: PostgreSQL's estimate of their live
 * rows (its statistics, not a {@code count(*)} over the whole table) and the bytes they take with their indexes.
 */
@Startup
@ApplicationScoped
class MessagingTableGauges {
    private static final List<String> TABLES = List.of("outbox_message", "inbox_event");
    private static final String LIVE_ROWS =
            "SELECT coalesce(max(n_live_tup), 0) FROM pg_stat_user_tables WHERE relid = to_regclass(:table)";
    private static final String BYTES = "SELECT coalesce(pg_total_relation_size(to_regclass(:table)), 0)";

    MessagingTableGauges(DatabaseGauges gauges) {
        for (String table : TABLES) {
            Tags tags = Tags.of("table", table);
            gauges.gauge(
                    "messaging.table.estimated",
                    "Live rows of a messaging table, as PostgreSQL's statistics estimate them",
                    "rows",
                    tags,
                    database -> read(database, LIVE_ROWS, table));
            gauges.gauge(
                    "messaging.table.size",
                    "Disk space of a messaging table with its indexes",
                    "bytes",
                    tags,
                    database -> read(database, BYTES, table));
        }
    }

    private static double read(EntityManager database, String sql, String table) {
        return ((Number) database.createNativeQuery(sql)
                        .setParameter("table", table)
                        .getSingleResult())
                .doubleValue();
    }
}
