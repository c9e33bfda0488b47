package com.resellerplans.subscription.support;

import com.resellerplans.localservers.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL discard every update of one row (a trigger answering NULL) until closed, so each versioned
 * write of it matches no row: what a command sees when another transaction changed the row first, every time.
 */
public final class LostWrites implements AutoCloseable {
    private final Connection database;
    private final String table;
    private final String trigger;

    private LostWrites(Connection database, String table, String trigger) {
        this.database = database;
        this.table = table;
        this.trigger = trigger;
    }

    /** From now on, updates of the row of {@code table} whose {@code keyColumn} is {@code key} are lost. */
    public static LostWrites of(String table, String keyColumn, String key) throws SQLException {
        Connection database = TestServers.postgres().connect("subscriptions");
        String trigger = "lose_" + Integer.toHexString((table + key).hashCode()).replace('-', 'm');
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD."
                    + keyColumn + "::text = '" + key + "' THEN RETURN NULL; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION " + trigger + "()");
        } catch (SQLException e) {
            database.close();
            throw e;
        }
        return new LostWrites(database, table, trigger);
    }

    @Override
    public void close() throws SQLException {
        try (Connection closing = database;
                Statement statement = closing.createStatement()) {
            statement.execute("DROP TRIGGER " + trigger + " ON " + table);
            statement.execute("DROP FUNCTION " + trigger + "()");
        }
    }
}
