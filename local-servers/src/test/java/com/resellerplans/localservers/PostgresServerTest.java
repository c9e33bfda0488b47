package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void startsCreatesADatabaseAndAnswersQueries() throws Exception {
        long begin = System.nanoTime();
        PostgresServer postgres = PostgresServer.startForTests();
        System.err.printf("PostgreSQL (tests) started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
        try {
            assertThat(postgres.port()).isPositive();
            assertThat(postgres.createDatabaseIfAbsent("orders")).isTrue();
            assertThat(postgres.createDatabaseIfAbsent("orders")).isFalse();
            assertThat(postgres.jdbcUrl("orders"))
                    .isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/orders");

            try (Connection c = postgres.connect("orders");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE plan (id serial PRIMARY KEY, name text NOT NULL)");
                s.execute("INSERT INTO plan (name) VALUES ('basic'), ('premium')");
                try (ResultSet rs = s.executeQuery("SELECT count(*), current_database(), version() FROM plan")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                    assertThat(rs.getString(2)).isEqualTo("orders");
                    assertThat(rs.getString(3)).startsWith("PostgreSQL 17");
                }
            }
            assertThatThrownBy(() -> postgres.createDatabaseIfAbsent("x; DROP DATABASE orders"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            postgres.stop();
        }
    }

    @Test
    void stopsAndStartsAgainOnTheSamePortKeepingItsData() throws Exception {
        PostgresServer postgres = PostgresServer.startForTests();
        try {
            postgres.createDatabaseIfAbsent("kept");
            try (Connection c = postgres.connect("kept");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text text NOT NULL)");
                s.execute("INSERT INTO note VALUES ('before the outage')");
            }

            postgres.stopKeepingData();
            assertThatThrownBy(() -> postgres.connect("kept").close()).isInstanceOf(java.sql.SQLException.class);
            postgres.startOnSameData();

            try (Connection c = postgres.connect("kept");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("before the outage");
            }
        } finally {
            postgres.stop();
        }
    }
}
