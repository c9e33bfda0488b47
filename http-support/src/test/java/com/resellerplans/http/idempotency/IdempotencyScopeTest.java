package com.resellerplans.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyScopeTest {
    @Test
    void acceptsOneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyScope.isWellFormedKey("a")).isTrue();
        assertThat(IdempotencyScope.isWellFormedKey("3f2b9c1e-7d4a-4c1b-9a0e-1f2d3c4b5a69"))
                .isTrue();
        assertThat(IdempotencyScope.isWellFormedKey("order 42 / retry #1 ~!")).isTrue();
        assertThat(IdempotencyScope.isWellFormedKey("k".repeat(255))).isTrue();
    }

    @Test
    void refusesEmptyBlankTooLongAndNonAsciiKeys() {
        assertThat(IdempotencyScope.isWellFormedKey(null)).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("")).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("   ")).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("k".repeat(256))).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("clé")).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("tab\there")).isFalse();
        assertThat(IdempotencyScope.isWellFormedKey("line\nbreak")).isFalse();
    }

    @Test
    void scopesKeysToTheConcretePathSoTwoOrdersNeverShareAnAnswer() {
        assertThat(IdempotencyScope.route("POST", "/bss/v1/orders/a1/execution"))
                .isEqualTo("POST /bss/v1/orders/a1/execution")
                .isNotEqualTo(IdempotencyScope.route("POST", "/bss/v1/orders/b2/execution"));
        assertThat(IdempotencyScope.route("POST", "bss/v1/resellers")).isEqualTo("POST /bss/v1/resellers");
    }

    @Test
    void isTheSameScopeOnlyForTheSameCallerRouteAndKey() {
        IdempotencyScope scope = new IdempotencyScope("disti-1", "ann", "POST /bss/v1/resellers", "k1");

        assertThat(scope).isEqualTo(new IdempotencyScope("disti-1", "ann", "POST /bss/v1/resellers", "k1"));
        assertThat(scope).isNotEqualTo(new IdempotencyScope("disti-2", "ann", "POST /bss/v1/resellers", "k1"));
        assertThat(scope).isNotEqualTo(new IdempotencyScope("disti-1", "bob", "POST /bss/v1/resellers", "k1"));
        assertThat(scope).isNotEqualTo(new IdempotencyScope("disti-1", "ann", "POST /bss/v1/orders", "k1"));
    }

    @Test
    void cannotBeBuiltForAMalformedKey() {
        assertThatThrownBy(() -> new IdempotencyScope("disti-1", "ann", "POST /bss/v1/resellers", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
