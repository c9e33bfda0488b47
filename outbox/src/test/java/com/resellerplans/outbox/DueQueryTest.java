package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.localservers.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statement {@link DueRows} claims with, run against a real PostgreSQL by two claimers at once. */
class DueQueryTest {
    private static final Pattern NAMED_PARAMETER = Pattern.compile(":(\\w+)");
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final DueQuery<Object> DUE = new DueQuery<>(
            Object.class,
            "SELECT * FROM due_row WHERE due_at <= :now ORDER BY due_at, id",
            Map.of("now", Timestamp.from(NOW)));

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.startForTests();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void fiveRowsOfWhichFourAreDue() throws SQLException {
        try (Connection connection = postgres.connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS due_row");
            statement.execute("CREATE TABLE due_row (id int PRIMARY KEY, due_at timestamptz NOT NULL)");
            statement.execute("""
                    INSERT INTO due_row VALUES (1, '2026-12-03T11:00:00Z'), (2, '2026-12-03T09:00:00Z'),
                        (3, '2026-12-03T10:00:00Z'), (4, '2026-12-03T13:00:00Z'), (5, '2026-12-03T11:00:00Z')""");
        }
    }

    @Test
    void claimsAtMostTheLimitOfTheDueRowsOldestFirst() throws SQLException {
        try (Connection claimer = transaction()) {
            assertThat(claim(claimer, 3)).containsExactly(2, 3, 1);
        }
    }

    @Test
    void aSecondClaimerSkipsTheRowsTheFirstHoldsWithoutWaiting() throws SQLException {
        try (Connection first = transaction();
                Connection second = transaction()) {
            assertThat(claim(first, 2)).containsExactly(2, 3);
            try (Statement noWaiting = second.createStatement()) {
                noWaiting.execute("SET LOCAL lock_timeout = '1s'");
            }

            assertThat(claim(second, 10)).containsExactly(1, 5);
        }
    }

    @Test
    void rowsOfARolledBackClaimAreDueAgain() throws SQLException {
        try (Connection first = transaction()) {
            assertThat(claim(first, 10)).containsExactly(2, 3, 1, 5);
            first.rollback();
        }
        try (Connection second = transaction()) {
            assertThat(claim(second, 10)).containsExactly(2, 3, 1, 5);
        }
    }

    private static Connection transaction() throws SQLException {
        Connection connection = postgres.connect("postgres");
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs the claiming statement as JPA would, binding its named parameters (JDBC knows only positional ones). */
    private static List<Integer> claim(Connection connection, int limit) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher parameters = NAMED_PARAMETER.matcher(DUE.claimingSql());
        while (parameters.find()) {
            names.add(parameters.group(1));
        }
        try (PreparedStatement claim = connection.prepareStatement(parameters.replaceAll("?"))) {
            for (int i = 0; i < names.size(); i++) {
                claim.setObject(
                        i + 1,
                        names.get(i).equals("limit") ? limit : DUE.parameters().get(names.get(i)));
            }
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getInt("id"));
                }
            }
            return ids;
        }
    }
}
