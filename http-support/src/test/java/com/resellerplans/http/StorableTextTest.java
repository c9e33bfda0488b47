package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request text PostgreSQL cannot keep as sent is refused while the body is read, wherever it sits. */
class StorableTextTest {
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(StorableText.module());

    record Named(String name, List<String> tags, Map<String, Object> settings) {}

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"Tech\\u0000Solutions\"}",
                "{\"name\": \"Tech\\ud800Solutions\"}",
                "{\"name\": \"Tech\\udc00\"}",
                "{\"name\": \"Tech\\ud83d\"}",
                "{\"tags\": [\"ok\", \"a\\u0000b\"]}",
                "{\"settings\": {\"theme\": \"a\\u0000b\"}}",
                "{\"settings\": {\"a\\u0000b\": \"dark\"}}",
                "{\"settings\": {\"nested\": [{\"deep\": \"\\udfff\"}]}}"
            })
    void refusesNulAndUnpairedSurrogatesAnywhere(String body) {
        assertThatThrownBy(() -> STRICT.readValue(body, Named.class)).isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tech Solutions", "T\u0435ch \u200B\u202E", "\ud83d\udc4d caf\u00e9", "' OR '1'='1", ""})
    void keepsAnyOtherText(String text) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("name", text, "settings", Map.of(text, text)));

        Named read = STRICT.readValue(body, Named.class);

        assertThat(read.name()).isEqualTo(text);
        assertThat(read.settings()).containsEntry(text, text);
    }
}
