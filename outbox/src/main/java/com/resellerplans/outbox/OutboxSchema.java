package com.resellerplans.outbox;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * The outbox module's tables (outbox, inbox, job turns) migrate from {@code db/outbox} with their own history,
 * {@value #HISTORY}, so their versions never interleave with a service's own and no service needs Flyway's
 * out-of-order mode. They migrate on the service's datasource from within the service's own Flyway run at startup
 * (so before Hibernate checks the entities): before its migrations are validated, or on a fresh database, once
 * Flyway has created the service's history, before they run. A database whose service history still holds the
 * outbox scripts (every database migrated before the outbox had its own history) hands them over once: the outbox
 * history starts at a baseline of the newest of them, and the service history forgets them.
 */
@Singleton
public class OutboxSchema implements FlywayConfigurationCustomizer {
    static final String HISTORY = "outbox_schema_history";
    static final String LOCATION = "classpath:db/outbox";
    private static final Logger LOG = Logger.getLogger(OutboxSchema.class);
    private static final MigrationVersion BEFORE_FIRST = MigrationVersion.fromVersion("0");
    /** One instance at a time hands the scripts over and migrates (a session lock, beside Flyway's own). */
    private static final String LOCK = "SELECT pg_advisory_lock(hashtext('" + HISTORY + "'))";

    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('" + HISTORY + "'))";

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new BeforeServiceMigrations());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    /** Migrates the outbox tables on the datasource of a service whose own history is {@code serviceHistory}. */
    static void migrate(DataSource dataSource, String serviceHistory) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement lock = connection.createStatement()) {
                lock.execute(LOCK);
            }
            try {
                migrate(dataSource, serviceHistory, connection);
            } finally {
                try (Statement unlock = connection.createStatement()) {
                    unlock.execute(UNLOCK);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The outbox tables could not be migrated", e);
        }
    }

    private static void migrate(DataSource dataSource, String serviceHistory, Connection connection)
            throws SQLException {
        if (!exists(connection, serviceHistory)) {
            return; // a fresh database: Flyway first creates the service's history, then migrates (BEFORE_MIGRATE)
        }
        FluentConfiguration outbox = Flyway.configure(OutboxSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY);
        List<String> scripts = Arrays.stream(outbox.load().info().all())
                .map(MigrationInfo::getScript)
                .toList();
        if (!exists(connection, HISTORY)) {
            // The schema has tables (the service history at least), so Flyway starts the outbox history with a
            // baseline: the newest outbox script the service history holds, or a version before the first
            Optional<MigrationVersion> handedOver = newestHandedOver(connection, serviceHistory, scripts);
            handedOver.ifPresent(version ->
                    LOG.infof("The outbox scripts up to %s move from %s to %s", version, serviceHistory, HISTORY));
            outbox.baselineOnMigrate(true)
                    .baselineVersion(handedOver.orElse(BEFORE_FIRST))
                    .baselineDescription(handedOver
                            .map(version -> "outbox scripts up to " + version + " applied in " + serviceHistory)
                            .orElse("before the first outbox script"));
        }
        outbox.load().migrate();
        forget(connection, serviceHistory, scripts);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Optional<MigrationVersion> newestHandedOver(
            Connection connection, String serviceHistory, List<String> scripts) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version FROM " + serviceHistory + " WHERE success AND script = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", scripts.toArray()));
            Optional<MigrationVersion> newest = Optional.empty();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(result.getString(1));
                    if (newest.isEmpty() || version.isNewerThan(newest.get())) {
                        newest = Optional.of(version);
                    }
                }
            }
            return newest;
        }
    }

    private static void forget(Connection connection, String serviceHistory, List<String> scripts) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM " + serviceHistory + " WHERE script = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("text", scripts.toArray()));
            delete.executeUpdate();
        }
    }

    /** Runs before the service's own migrations are validated (and, should validation be off, before they run). */
    static final class BeforeServiceMigrations implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Configuration service = context.getConfiguration();
            migrate(service.getDataSource(), service.getTable());
        }

        @Override
        public String getCallbackName() {
            return "outbox tables";
        }
    }
}
