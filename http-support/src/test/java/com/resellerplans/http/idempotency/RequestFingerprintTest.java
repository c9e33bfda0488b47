package com.resellerplans.http.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    @Test
    void isTheHexSha256OfTheBodyBytes() {
        assertThat(RequestFingerprint.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(RequestFingerprint.of("abc".getBytes(UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void differsForAnyOtherBodyEvenTheSameJsonReformatted() {
        String body = "{\"name\":\"Tech Solutions\"}";

        assertThat(RequestFingerprint.of(body.getBytes(UTF_8))).isEqualTo(RequestFingerprint.of(body.getBytes(UTF_8)));
        assertThat(RequestFingerprint.of(body.getBytes(UTF_8)))
                .isNotEqualTo(RequestFingerprint.of("{\"name\":\"Tech Solution\"}".getBytes(UTF_8)))
                .isNotEqualTo(RequestFingerprint.of("{\"name\": \"Tech Solutions\"}".getBytes(UTF_8)));
    }
}
