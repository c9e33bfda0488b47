package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.localservers.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** On real PostgreSQL: a service migrates with out-of-order off, on a fresh database and on one migrated before. */
class OutboxSchemaTest {
    private static final String SERVICE_MIGRATIONS = "classpath:db/sample-service";
    private static final List<String> OUTBOX_SCRIPTS = List.of(
            "V0_1__create_outbox_and_inbox.sql",
            "V0_1_1__store_trace_context.sql",
            "V0_1_2__relay_in_commit_order_across_instances.sql",
            "V0_1_3__create_job_turns.sql",
            "V0_1_4__index_rows_for_the_retention_purge.sql");
    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.startForTests();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.stop();
    }

    @Test
    void aFreshDatabaseGetsTheOutboxTablesInTheirOwnHistory() throws SQLException {
        PGSimpleDataSource database = database("fresh");

        service(database).load().migrate();

        assertThat(versions(database, OutboxSchema.HISTORY))
                .containsExactly("0", "0.1", "0.1.1", "0.1.2", "0.1.3", "0.1.4");
        assertThat(scripts(database, OutboxSchema.HISTORY)).endsWith(OUTBOX_SCRIPTS.toArray(String[]::new));
        assertTheServiceHistoryHoldsOnlyItsOwnScripts(database);
        assertThat(count(database, "SELECT count(*) FROM job_turn")).isZero();
    }

    @Test
    void aDatabaseMigratedWithTheOutboxScriptsInItsOwnHistoryHandsThemOverAndKeepsItsRows() throws SQLException {
        PGSimpleDataSource database = database("migrated_before");
        before(database).load().migrate();
        try (Connection connection = database.getConnection();
                Statement insert = connection.createStatement()) {
            insert.execute("INSERT INTO job_turn VALUES ('purge', now(), 'instance-1')");
        }

        service(database).load().migrate();
        service(database).load().migrate();

        assertThat(column(database, "SELECT type || ' ' || version FROM outbox_schema_history"))
                .containsExactly("BASELINE 0.1.4");
        assertTheServiceHistoryHoldsOnlyItsOwnScripts(database);
        assertThat(count(database, "SELECT count(*) FROM job_turn")).isOne();
    }

    @Test
    void aDatabaseMigratedBeforeTheNewestOutboxScriptTakesItAfterTheHandOver() throws SQLException {
        PGSimpleDataSource database = database("migrated_long_ago");
        before(database).target("0.1.2").load().migrate();

        service(database).load().migrate();

        assertThat(versions(database, OutboxSchema.HISTORY)).containsExactly("0.1.2", "0.1.3", "0.1.4");
        assertTheServiceHistoryHoldsOnlyItsOwnScripts(database);
    }

    private static void assertTheServiceHistoryHoldsOnlyItsOwnScripts(PGSimpleDataSource database) throws SQLException {
        assertThat(scripts(database, "flyway_schema_history"))
                .containsExactly("V1__create_plans.sql", "V2__add_plan_tier.sql");
    }

    /** How a service migrates now: its own scripts in order, the outbox's first and apart. */
    private static FluentConfiguration service(PGSimpleDataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations(SERVICE_MIGRATIONS)
                .outOfOrder(false)
                .callbacks(new OutboxSchema.BeforeServiceMigrations());
    }

    /** How every service migrated before: the outbox's scripts among its own, in one history. */
    private static FluentConfiguration before(PGSimpleDataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations(SERVICE_MIGRATIONS, OutboxSchema.LOCATION)
                .outOfOrder(true);
    }

    private static PGSimpleDataSource database(String name) {
        postgres.createDatabaseIfAbsent(name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl(name));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        return dataSource;
    }

    private static List<String> scripts(PGSimpleDataSource database, String history) throws SQLException {
        return column(database, "SELECT script FROM " + history + " ORDER BY installed_rank");
    }

    private static List<String> versions(PGSimpleDataSource database, String history) throws SQLException {
        return column(database, "SELECT version FROM " + history + " ORDER BY installed_rank");
    }

    private static List<String> column(PGSimpleDataSource database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long count(PGSimpleDataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
