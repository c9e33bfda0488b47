package com.resellerplans.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract has a golden sample that reads into its record and writes back to the same JSON. */
class GoldenSampleTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<EventContract<?>> contracts() {
        return Contracts.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void sampleRoundTripsThroughItsRecord(EventContract<?> contract) throws IOException {
        JsonNode sample = readSample(contract);

        Object payload = JSON.treeToValue(sample, contract.payloadType());

        JsonNode written = JSON.readTree(JSON.writeValueAsString(payload));
        assertThat(written).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void typeIsVersionedAndFindable(EventContract<?> contract) {
        assertThat(contract.type()).matches("[a-z]+\\.[a-z-]+\\.v\\d+");
        assertThat(Contracts.byType(contract.type())).contains(contract);
    }

    private static JsonNode readSample(EventContract<?> contract) throws IOException {
        try (InputStream in = GoldenSampleTest.class.getResourceAsStream("/samples/" + contract.type() + ".json")) {
            assertThat(in).as("golden sample for %s", contract.type()).isNotNull();
            return JSON.readTree(in);
        }
    }
}
