package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL over TLS by the JDBC URL alone, as deploy/ configures it: {@code sslmode=verify-full}. */
class PostgresTlsTest {
    private static TestCertificates certificates;
    private static PostgresServer postgres;

    @BeforeAll
    static void start() {
        certificates = TestCertificates.issue();
        postgres = PostgresServer.startForTestsWithTls(certificates);
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    @Test
    void verify_full_against_the_servers_authority_connects_over_tls() throws SQLException {
        try (Connection c = connect(verifyFull(certificates.caCertificate()));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean("ssl")).isTrue();
            assertThat(rs.getString("version")).startsWith("TLSv1.");
        }
    }

    @Test
    void verify_full_trusting_another_authority_is_refused() {
        Path otherAuthority = TestCertificates.issue().caCertificate();

        assertThatThrownBy(() -> connect(verifyFull(otherAuthority)).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("SSL error")
                .hasStackTraceContaining("PKIX path");
    }

    @Test
    void verify_full_is_refused_by_a_server_without_tls() {
        PostgresServer plain = PostgresServer.startForTests();
        try {
            String url = plain.jdbcUrl("postgres") + "?sslmode=verify-full&sslrootcert=" + certificates.caCertificate();
            assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("does not support SSL");
        } finally {
            plain.stop();
        }
    }

    private static String verifyFull(Path authority) {
        return postgres.jdbcUrl("postgres") + "?sslmode=verify-full&sslrootcert=" + authority;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
