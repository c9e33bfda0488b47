package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaSecuredListenerTest {
    private static TestCertificates certificates;
    private static KafkaServer kafka;

    @BeforeAll
    static void start() {
        certificates = TestCertificates.issue();
        kafka = KafkaServer.startSecuredForTests(certificates);
        kafka.setScramPassword("order-service", "right");
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void a_scram_user_over_tls_trusting_the_authority_is_let_in() throws Exception {
        try (Admin admin = Admin.create(kafka.securedClientSettings("order-service", "right"))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasSize(1);
        }
    }

    @Test
    void a_wrong_password_is_an_authentication_failure() {
        try (Admin admin = Admin.create(kafka.securedClientSettings("order-service", "wrong"))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("invalid credentials");
        }
    }

    @Test
    void a_client_trusting_another_authority_is_refused_at_the_handshake() {
        Map<String, Object> settings = new HashMap<>(kafka.securedClientSettings("order-service", "right"));
        settings.put(
                "ssl.truststore.location",
                TestCertificates.issue().caCertificate().toString());
        try (Admin admin = Admin.create(settings)) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }
}
