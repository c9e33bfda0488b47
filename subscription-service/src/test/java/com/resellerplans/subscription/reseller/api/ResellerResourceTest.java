package com.resellerplans.subscription.reseller.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.events.Contracts;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.subscription.support.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResellerResourceTest {
    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void registersListsAndReadsAReseller() {
        String id = register("Tech Solutions " + distributor, "ann@techsolutions.example")
                .statusCode(201)
                .header("Location", not(emptyOrNullString()))
                .body("id", notNullValue())
                .body("name", equalTo("Tech Solutions " + distributor))
                .body("primaryContact.name", equalTo("Ann Lee"))
                .body("primaryContact.email", equalTo("ann@techsolutions.example"))
                .body("tier", equalTo("BASIC"))
                .body("currentSubscriptionId", nullValue())
                .body("createdAt", notNullValue())
                .extract()
                .path("id");

        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("tier", equalTo("BASIC"));
        given().auth()
                .oauth2(operator)
                .queryParam("q", "tech")
                .queryParam("tier", "BASIC")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("nextCursor", nullValue());
    }

    @Test
    void aRegistrationIsAnnouncedWithTheResellersSnapshot() throws Exception {
        String id = register("Announced " + distributor, "ann@announced.example")
                .statusCode(201)
                .extract()
                .path("id");

        try (TopicReader published = new TopicReader(Contracts.RESELLER_REGISTERED.topic())) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> published.records(id, Contracts.RESELLER_REGISTERED.type()),
                            found -> !found.isEmpty());
            assertThat(records).hasSize(1);
            assertThat(TopicReader.header(records.get(0), "ce_subject")).isEqualTo(id);
            JsonNode event = json.readTree(records.get(0).value());
            assertThat(event.at("/reseller/id").asText()).isEqualTo(id);
            assertThat(event.at("/reseller/distributorId").asText()).isEqualTo(distributor);
            assertThat(event.at("/reseller/name").asText()).isEqualTo("Announced " + distributor);
            assertThat(event.at("/reseller/primaryContact/email").asText()).isEqualTo("ann@announced.example");
            assertThat(event.get("registeredAt").asText()).isNotBlank();
        }
    }

    @Test
    void pagesWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            register("Paged " + i, "paged" + i + "@example.com").statusCode(201);
        }
        String cursor = given().auth()
                .oauth2(operator)
                .queryParam("limit", 2)
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].name", equalTo("Paged 0"))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().auth()
                .oauth2(operator)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Paged 2"))
                .body("nextCursor", nullValue());
        given().auth()
                .oauth2(operator)
                .queryParam("cursor", "not-a-cursor")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void aLimitThatIsNotANumberOrAnUnknownTierIsAnInvalidRequest() {
        register("Listed " + distributor, "listed@example.com").statusCode(201);

        given().auth()
                .oauth2(operator)
                .queryParam("limit", "ten")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", equalTo("must be a whole number"));
        given().auth()
                .oauth2(operator)
                .queryParam("tier", "GOLD")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_REQUEST"))
                .body("violations[0].field", equalTo("tier"));
        given().auth()
                .oauth2(operator)
                .queryParam("limit", "1")
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/bss/v1/resellers'.get.responses.'422'.description", containsString("INVALID_REQUEST"));
    }

    @Test
    void refusesInvalidValuesAndCreatesNothing() {
        register("   ", "not-an-email")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"))
                .body("violations.field", hasItems("name", "email"));
        assertNoResellers();
    }

    @Test
    void refusesMembersTheCallerMayNotSetAndCreatesNothing() {
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Sneaky", "primaryContact": {"name": "Ann", "email": "ann@sneaky.example"},
                         "tier": "STANDARD"}""")
                .post("/bss/v1/resellers")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_FIELD"))
                .body("field", equalTo("tier"));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Sneaky", "primaryContact": {"name": "Ann", "email": "ann@sneaky.example"},
                         "distributorId": "other"}""")
                .post("/bss/v1/resellers")
                .then()
                .statusCode(422)
                .body("code", equalTo("UNKNOWN_FIELD"));
        assertNoResellers();
    }

    @Test
    void anotherDistributorsResellerIsNotFound() {
        String id =
                register("Mine", "mine@example.com").statusCode(201).extract().path("id");
        String otherOperator = TestServers.tokens().operator("other-" + distributor);

        given().auth()
                .oauth2(otherOperator)
                .get("/bss/v1/resellers/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("RESELLER_NOT_FOUND"));
        given().auth()
                .oauth2(otherOperator)
                .get("/internal/v1/resellers/{id}", id)
                .then()
                .statusCode(404)
                .body("code", equalTo("RESELLER_NOT_FOUND"));
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("RESELLER_NOT_FOUND"));
    }

    @Test
    void internalReadServesOperatorsAndTheResellerItself() {
        String id = register("Internal", "internal@example.com")
                .statusCode(201)
                .extract()
                .path("id");
        String other =
                register("Other", "other@example.com").statusCode(201).extract().path("id");
        String resellerToken = TestServers.tokens().reseller(distributor, id);

        given().auth()
                .oauth2(operator)
                .get("/internal/v1/resellers/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("distributorId", equalTo(distributor))
                .body("name", equalTo("Internal"))
                .body("primaryContact.email", equalTo("internal@example.com"))
                .body("tier", equalTo("BASIC"));
        given().auth()
                .oauth2(resellerToken)
                .get("/internal/v1/resellers/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        given().auth()
                .oauth2(resellerToken)
                .get("/internal/v1/resellers/{id}", other)
                .then()
                .statusCode(404)
                .body("code", equalTo("RESELLER_NOT_FOUND"));
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().get("/bss/v1/resellers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        String resellerToken =
                TestServers.tokens().reseller(distributor, UUID.randomUUID().toString());
        given().auth()
                .oauth2(resellerToken)
                .get("/bss/v1/resellers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        given().auth()
                .oauth2(resellerToken)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"primaryContact\": {\"name\": \"X\", \"email\": \"x@example.com\"}}")
                .post("/bss/v1/resellers")
                .then()
                .statusCode(403);
        assertNoResellers();
    }

    private ValidatableResponse register(String name, String email) {
        return given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"primaryContact\": {\"name\": \"Ann Lee\", \"email\": \"" + email
                        + "\"}}")
                .post("/bss/v1/resellers")
                .then();
    }

    private void assertNoResellers() {
        given().auth()
                .oauth2(operator)
                .get("/bss/v1/resellers")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        long announced = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM outbox_message"
                                        + " WHERE payload::jsonb -> 'reseller' ->> 'distributorId' = ?1")
                                .setParameter(1, distributor)
                                .getSingleResult())
                        .longValue());
        assertThat(announced).as("events about the distributor's resellers").isZero();
    }
}
