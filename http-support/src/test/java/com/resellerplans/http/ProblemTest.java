package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem's title is its status's reason phrase, 422 included, which JAX-RS does not know. */
class ProblemTest {

    @Test
    void everyRefusalIsTitledByItsStatus() {
        assertThat(Problem.of(422, "INVALID_REQUEST", "Some values are not acceptable.")
                        .title())
                .isEqualTo("Unprocessable Content");
        assertThat(Problem.of(409, "ALIAS_TAKEN", "taken").title()).isEqualTo("Conflict");
        assertThat(Problem.of(405, "METHOD_NOT_ALLOWED", "not here").title()).isEqualTo("Method Not Allowed");
        assertThat(Problem.of(429, "RATE_LIMITED", "later").title()).isEqualTo("Too Many Requests");
    }
}
