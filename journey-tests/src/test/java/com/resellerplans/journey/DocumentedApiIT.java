package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.operator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.resellerplans.gateway.routing.Route;
import com.resellerplans.gateway.routing.Routes;
import com.resellerplans.journey.PartnerApi.Family;
import com.resellerplans.journey.PartnerApi.Operation;
import io.restassured.response.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner documents against what the gateway serves: every route of its table is documented, every documented
 * operation called by its owner with its documented request example answers one of its documented statuses (never
 * a routing 404, a 405 or a 501), and the documents carry what a partner needs (OpenAPI 3.1, the bearer scheme, a
 * code for every refusal, Swagger UI), all without a token.
 */
@ExtendWith(RunningSuite.class)
class DocumentedApiIT {
    /** Reads first, then changes, deletes last, so each call finds the fixture's objects still there. */
    private static final List<String> ORDER = List.of("GET", "PUT", "PATCH", "POST", "DELETE");

    private static List<Operation> operations;

    @BeforeAll
    static void readTheDocuments() {
        operations = PartnerApi.operations();
    }

    @Test
    void everyRouteOfTheGatewaysTableIsDocumentedAndEveryDocumentedPathIsRouted() {
        for (Route route : Routes.all()) {
            assertThat(operations)
                    .as("documented operations under the gateway's route " + route.prefix())
                    .anyMatch(operation -> route.matches(operation.template()));
        }
        for (Operation operation : operations) {
            assertThat(Routes.find(operation.template()))
                    .as("the gateway's route for " + operation)
                    .isPresent();
        }
    }

    @Test
    void theDocumentsAreOpenApi31WithTheBearerSchemeOnEveryRouteThatNeedsAToken() {
        for (String location : PartnerApi.DOCUMENTS) {
            given().get(location)
                    .then()
                    .statusCode(200)
                    .body("openapi", equalTo("3.1.0"))
                    .body("components.securitySchemes.SecurityScheme.type", equalTo("http"))
                    .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
        }
        for (Operation operation : operations) {
            if (operation.family() != Family.PUBLIC_READ) {
                assertThat(operation.described()).as("security of " + operation).containsKey("security");
            }
            for (int status : operation.statuses()) {
                if (status >= 400) {
                    assertThat(operation.codes(status))
                            .as("codes of %s's %d", operation, status)
                            .isNotEmpty();
                }
            }
            if (!operation.method().equals("GET")) {
                operation.requestExample();
            }
        }
    }

    @Test
    void partnersReadTheDocumentsInSwaggerUiAndTheEventsInAsyncApiWithoutAToken() {
        given().get("/openapi/ui/")
                .then()
                .statusCode(200)
                .body(containsString("/openapi/bss"), containsString("/openapi/storefront"));
        given().get("/openapi/ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/asyncapi")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("order.executed.v1"));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationCalledByItsOwnerWithItsExampleAnswersADocumentedStatus() {
        ApiFixture fixture = new ApiFixture();
        Map<Family, String> owners = new java.util.EnumMap<>(Family.class);
        owners.put(Family.BSS, operator(fixture.distributor));
        owners.put(Family.STOREFRONT, fixture.owner.token());
        owners.put(Family.SIGN_IN, fixture.subCustomerToken());
        return operations.stream()
                .sorted(Comparator.comparingInt(operation -> ORDER.indexOf(operation.method())))
                .map(operation -> dynamicTest(operation.toString(), () -> {
                    Response answer = fixture.owners(operation).by(owners.get(operation.family()));
                    String described = operation + " answered " + answer.statusCode() + " " + answer.asString();
                    assertThat(operation.statuses()).as(described).contains(answer.statusCode());
                    assertThat(answer.statusCode())
                            .as(described)
                            .isNotIn(405, 501)
                            .isLessThan(500);
                    if (answer.statusCode() == 404) {
                        assertThat(answer.<String>path("code"))
                                .as(described + ": a routing 404")
                                .isNotEqualTo("NOT_FOUND");
                    }
                    if (operation.method().equals("GET")) {
                        assertThat(answer.statusCode()).as(described).isBetween(200, 299);
                    }
                    AuthorizationMatrixIT.documentsItsCode(operation, answer, described);
                }));
    }
}
