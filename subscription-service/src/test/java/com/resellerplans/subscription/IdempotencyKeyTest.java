package com.resellerplans.subscription;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.http.idempotency.RequestFingerprint;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** POST with an Idempotency-Key, shown on reseller registration: replays, refusals and the key's scope. */
@QuarkusTest
class IdempotencyKeyTest {
    private static final String RESELLERS = "/bss/v1/resellers";

    private final String distributor = "disti-" + UUID.randomUUID().toString().substring(0, 8);
    private final String operator = TestServers.tokens().operator(distributor);
    private final String key = UUID.randomUUID().toString();

    @Inject
    DataSource dataSource;

    @Test
    void replaysTheFirstAnswerForTheSameKeyAndBodyAndRegistersOnce() {
        Response first = register(operator, key, body("Tech Solutions"));
        Response retry = register(operator, key, body("Tech Solutions"));

        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        retry.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Idempotency-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertResellers(operator, 1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBodyAndRegistersNothingMore() {
        register(operator, key, body("Tech Solutions")).then().statusCode(201);

        register(operator, key, body("Other Solutions"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertResellers(operator, 1);
    }

    @Test
    void scopesTheKeyToTheCallingSubjectAndDistributor() {
        String colleague = TestServers.tokens()
                .mint(
                        "colleague@" + distributor,
                        TokenMinter.GROUP_OPERATOR,
                        distributor,
                        null,
                        TokenMinter.DEFAULT_TTL_SECONDS);
        String otherDistributor = TestServers.tokens().operator("other-" + distributor);

        register(operator, key, body("Tech Solutions")).then().statusCode(201);
        register(colleague, key, body("Tech Solutions"))
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue());
        register(otherDistributor, key, body("Tech Solutions"))
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue());

        assertResellers(operator, 2);
        assertResellers(otherDistributor, 1);
    }

    @Test
    void runsEveryCallWithoutTheHeader() {
        String request = body("Tech Solutions");
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(operator)
                    .contentType(ContentType.JSON)
                    .body(request)
                    .post(RESELLERS)
                    .then()
                    .statusCode(201);
        }
        assertResellers(operator, 2);
    }

    @Test
    void registersOnceWhenRetriesRaceTheFirstRequest() throws Exception {
        String request = body("Tech Solutions");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(() -> register(operator, key, request)));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                boolean replayed = response.header("Idempotency-Replayed") != null;
                outcomes.add(response.statusCode() + (replayed ? " replayed" : ""));
            }
            // one request ran; the others came while it ran (409) or after it answered (its answer again)
            assertThat(outcomes)
                    .containsOnlyOnce("201")
                    .allMatch(outcome ->
                            outcome.equals("201") || outcome.equals("201 replayed") || outcome.equals("409"));
        } finally {
            clients.shutdown();
        }
        assertResellers(operator, 1);
    }

    @Test
    void answersConflictWhileTheFirstRequestStillRuns() throws SQLException {
        String request = body("Tech Solutions");
        holdKey(request, "now() + interval '5 minutes'");

        register(operator, key, request)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_IN_USE"));
        assertResellers(operator, 0);
    }

    @Test
    void runsTheRequestAgainOnceAHolderThatDiedLostItsLease() throws SQLException {
        String request = body("Tech Solutions");
        holdKey(request, "now() - interval '1 second'");

        register(operator, key, request).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        register(operator, key, request).then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertResellers(operator, 1);
    }

    @Test
    void replaysARefusalToo() {
        Response first = register(operator, key, body("   "));
        Response retry = register(operator, key, body("   "));

        first.then().statusCode(422).body("code", equalTo("INVALID_REQUEST"));
        retry.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .header("Idempotency-Replayed", equalTo("true"))
                .body("code", equalTo("INVALID_REQUEST"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertResellers(operator, 0);
    }

    @Test
    void refusesAMalformedKeyAndRegistersNothing() {
        register(operator, "k".repeat(256), body("Tech Solutions"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_INVALID"));
        assertResellers(operator, 0);
    }

    @Test
    void keepsNothingForACallerWithoutToken() throws SQLException {
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body("Tech Solutions"))
                .post(RESELLERS)
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().auth()
                .oauth2("not-a-token")
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body("Tech Solutions"))
                .post(RESELLERS)
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        assertThat(keptKeys()).isZero();
    }

    @Test
    void forgetsKeysOnceTheirRetentionHasPassed() throws SQLException {
        String request = body("Tech Solutions");
        register(operator, key, request).then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "UPDATE idempotency_key SET created_at = now() - interval '49 hours' WHERE idem_key = ?")) {
            age.setString(1, key);
            age.executeUpdate();
        }
        String freshKey = UUID.randomUUID().toString();
        register(operator, freshKey, body("Fresh Solutions")).then().statusCode(201);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(keptKeys()).isZero());
        register(operator, freshKey, body("Fresh Solutions"))
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"));
    }

    private Response register(String token, String idempotencyKey, String request) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(request.getBytes(UTF_8))
                .post(RESELLERS);
    }

    private String body(String name) {
        return "{\"name\": \"" + name
                + "\", \"primaryContact\": {\"name\": \"Ann Lee\", \"email\": \"ann@example.com\"}}";
    }

    private void assertResellers(String token, int count) {
        given().auth().oauth2(token).get(RESELLERS).then().statusCode(200).body("items", hasSize(count));
    }

    /** Plays a first request that claimed the key with this body and has not answered yet. */
    private void holdKey(String request, String lockedUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO idempotency_key (distributor_id, subject, route, idem_key, request_hash, status,
                            locked_until, created_at)
                        VALUES (?, ?, 'POST /bss/v1/resellers', ?, ?, 'IN_PROGRESS', %s, now())""".formatted(lockedUntil))) {
            insert.setString(1, distributor);
            insert.setString(2, "operator@" + distributor);
            insert.setString(3, key);
            insert.setString(4, RequestFingerprint.of(request.getBytes(UTF_8)));
            insert.executeUpdate();
        }
    }

    private int keptKeys() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT count(*) FROM idempotency_key WHERE idem_key = ?")) {
            count.setString(1, key);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
