package com.resellerplans.order.basket.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.order.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A retried basket POST with the same Idempotency-Key answers the first item, not BASKET_HAS_PLAN; the item
 * and the answer to replay commit together or not at all.
 */
@QuarkusTest
class BasketIdempotencyTest {
    private final String distributor = TestData.newDistributor();
    private final String reseller = TestData.newReseller();
    private final String token = TestData.resellerToken(distributor, reseller);
    private final String key = UUID.randomUUID().toString();

    @Inject
    DataSource dataSource;

    @Test
    void aRetriedAddAnswersTheSameItemAndKeepsOne() {
        Response first = add("STANDARD_PLAN");
        Response retry = add("STANDARD_PLAN");

        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        retry.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Idempotency-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id")))
                .body("product", equalTo("STANDARD_PLAN"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items.id", contains((String) first.path("id")));
    }

    @Test
    void anotherProductUnderTheSameKeyIsRefused() {
        add("STANDARD_PLAN").then().statusCode(201);

        add("FREE_PLAN")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items.product", contains("STANDARD_PLAN"));
    }

    @Test
    void anAnswerThatCannotBeKeptUndoesItsWorkSoTheRetryRunsIt() throws SQLException {
        refuseToKeepAnswersTo(key, true);
        try {
            add("STANDARD_PLAN").then().statusCode(500).contentType("application/problem+json");
        } finally {
            refuseToKeepAnswersTo(key, false);
        }
        given().auth()
                .oauth2(token)
                .when()
                .get("/storefront/v1/basket")
                .then()
                .statusCode(200)
                .body("items", empty());

        Response retry = add("STANDARD_PLAN");
        retry.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        add("STANDARD_PLAN")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"))
                .body("id", equalTo(retry.path("id")));
    }

    /** Makes the database refuse to store this key's answer, as if the process died before it could. */
    private void refuseToKeepAnswersTo(String idempotencyKey, boolean refuse) throws SQLException {
        String trigger = "refuse_answer_" + idempotencyKey.replace("-", "_");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (refuse) {
                statement.execute("CREATE OR REPLACE FUNCTION refuse_answer() RETURNS trigger LANGUAGE plpgsql"
                        + " AS $$ BEGIN RAISE EXCEPTION 'answer refused'; END $$");
                statement.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON idempotency_key FOR EACH ROW"
                        + " WHEN (NEW.status = 'COMPLETED' AND NEW.idem_key = '" + idempotencyKey + "')"
                        + " EXECUTE FUNCTION refuse_answer()");
            } else {
                statement.execute("DROP TRIGGER " + trigger + " ON idempotency_key");
            }
        }
    }

    private Response add(String product) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{\"product\": \"" + product + "\"}")
                .when()
                .post("/storefront/v1/basket/items");
    }
}
