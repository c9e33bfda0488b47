package com.resellerplans.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventContract;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /asyncapi} is served without a token and documents every event type, on its topic. */
@QuarkusTest
class AsyncApiTest {

    @Test
    void everyContractIsDocumentedOnItsTopic() {
        String document = given().get("/asyncapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .extract()
                .asString();

        assertThat(document).startsWith("#").contains("asyncapi: 2.6.0");
        for (EventContract<?> contract : Contracts.ALL) {
            assertThat(channel(document, contract.topic()))
                    .as("topic %s lists %s", contract.topic(), contract.type())
                    .contains("$ref: '#/components/messages/" + contract.type() + "'");
            assertThat(document)
                    .as("message %s", contract.type())
                    .contains("    " + contract.type() + ":\n      name: " + contract.type() + "\n")
                    .contains("payload: {$ref: '#/components/schemas/"
                            + contract.payloadType().getSimpleName() + "'}")
                    .contains("    " + contract.payloadType().getSimpleName() + ":\n");
            String schema = block(document, "    " + contract.payloadType().getSimpleName() + ":", "     ");
            for (RecordComponent field : contract.payloadType().getRecordComponents()) {
                assertThat(schema)
                        .as("%s.%s", contract.payloadType().getSimpleName(), field.getName())
                        .contains("        " + field.getName() + ": ");
            }
        }
    }

    /** The lines of one channel under {@code channels:}. */
    private static String channel(String document, String topic) {
        return block(document, "  " + topic + ":", "   ");
    }

    /** The lines below the first line equal to {@code head} that are indented deeper than it. */
    private static String block(String document, String head, String deeper) {
        List<String> lines = document.lines().toList();
        int start = lines.indexOf(head);
        assertThat(start).as("%s in the document", head.trim()).isPositive();
        List<String> block = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith(deeper); i++) {
            block.add(lines.get(i));
        }
        return String.join("\n", block);
    }
}
