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

    static Stream<EventContract<?>> supersedingContracts() {
        return Contracts.ALL.stream().filter(contract -> contract.supersededType() != null);
    }

    /** A record of the shape a contract superseded, still on the topic, reads into the contract's payload. */
    @ParameterizedTest
    @MethodSource("supersedingContracts")
    void theSupersededShapeStillReadsIntoThePayload(EventContract<?> contract) throws IOException {
        JsonNode superseded = readSample(contract.supersededType());

        Object payload = JSON.treeToValue(superseded, contract.payloadType());

        JsonNode written = JSON.readTree(JSON.writeValueAsString(payload));
        superseded
                .fieldNames()
                .forEachRemaining(field -> assertThat(written.get(field))
                        .as("%s.%s", contract.supersededType(), field)
                        .isEqualTo(superseded.get(field)));
        assertThat(Contracts.byType(contract.supersededType())).isEmpty();
    }

    private static JsonNode readSample(EventContract<?> contract) throws IOException {
        return readSample(contract.type());
    }

    private static JsonNode readSample(String type) throws IOException {
        try (InputStream in = GoldenSampleTest.class.getResourceAsStream("/samples/" + type + ".json")) {
            assertThat(in).as("golden sample for %s", type).isNotNull();
            return JSON.readTree(in);
        }
    }
}
