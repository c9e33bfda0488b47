package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A NUL in a decoded path segment, query name or query value is refused before any lookup runs. */
class NulCharacterGuardTest {

    @Test
    void findsNulInThePathAndInQueryNamesAndValues() {
        assertThat(NulCharacterGuard.carriesNul("/public/v1/distributors/\0/storefronts/x", query(Map.of())))
                .isTrue();
        assertThat(NulCharacterGuard.carriesNul("/bss/v1/orders", query(Map.of("resellerId", "\0"))))
                .isTrue();
        assertThat(NulCharacterGuard.carriesNul("/bss/v1/orders", query(Map.of("a\0b", "x"))))
                .isTrue();
    }

    @Test
    void letsEverythingElseThrough() {
        assertThat(NulCharacterGuard.carriesNul(
                        "/bss/v1/aliases/t\u0435ch\u200B/availability",
                        query(Map.of("cursor", "' OR '1'='1", "limit", "-1"))))
                .isFalse();
    }

    private static MultivaluedHashMap<String, String> query(Map<String, String> values) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        values.forEach(query::add);
        return query;
    }
}
