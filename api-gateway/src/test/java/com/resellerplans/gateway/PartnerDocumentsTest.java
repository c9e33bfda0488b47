package com.resellerplans.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.resellerplans.gateway.routing.Service;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner documents merge the services' OpenAPI paths of one API family, without a token. */
@QuarkusTest
class PartnerDocumentsTest {

    @BeforeEach
    void backendsUp() {
        EchoBackends.startAll();
    }

    @Test
    void theBssDocumentHoldsTheBssPathsOfEveryService() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Reseller Plans BSS API"))
                .body(
                        "paths.keySet()",
                        containsInAnyOrder(
                                "/bss/v1/resellers",
                                "/bss/v1/subscriptions/{id}/upgrade",
                                "/bss/v1/subscriptions",
                                "/bss/v1/setup/subscriptions",
                                "/bss/v1/orders",
                                "/bss/v1/aliases",
                                "/bss/v1/storefronts",
                                "/bss/v1/setup/storefront",
                                "/bss/v1/setup/notifications",
                                "/bss/v1/notifications"))
                // the upgrade is documented by whoever the gateway routes it to
                .body("paths.'/bss/v1/subscriptions/{id}/upgrade'.get.summary", equalTo("served by ORDER"))
                .body("components.schemas", hasKey("NOTIFICATIONView"))
                .body("components.schemas", hasKey("ORDERView"))
                .body("x-unavailable-services", empty());
    }

    @Test
    void theStorefrontDocumentHoldsTheStorefrontAndPublicPathsOnly() {
        given().get("/openapi/storefront")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/storefront/v1/plans"))
                .body("paths", hasKey("/public/v1/distributors/{distributorId}/storefronts"))
                .body("paths", not(hasKey("/bss/v1/resellers")))
                .body("paths", not(hasKey("/internal/v1/storefront")))
                .body("paths", not(hasKey("/q/health")))
                .body("components.schemas", not(hasKey("NOTIFICATIONView")));
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndNamed() {
        EchoBackends.stop(Service.NOTIFICATION);
        try {
            given().get("/openapi/bss")
                    .then()
                    .statusCode(200)
                    .body("paths", hasKey("/bss/v1/orders"))
                    .body("paths", not(hasKey("/bss/v1/notifications")))
                    .body("x-unavailable-services", contains("notification"));
        } finally {
            EchoBackends.startAll();
        }
    }

    @Test
    void everyOperationListsTheCodesOfTheGatewaysOwnRefusals() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("paths.'/bss/v1/orders'.get.responses.'401'.description", startsWith("UNAUTHENTICATED"))
                .body("paths.'/bss/v1/orders'.get.responses.'403'.description", startsWith("FORBIDDEN"))
                .body("paths.'/bss/v1/orders'.get.responses.'503'.description", containsString("SERVICE_UNAVAILABLE"))
                .body(
                        "paths.'/bss/v1/orders'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/bss/v1/aliases'.get.responses.'429'.description", nullValue())
                .body("components.schemas.Problem.required", hasItem("code"));
    }

    @Test
    void publicReadsNeedNoTokenAndSayNothingOfOne() {
        given().get("/openapi/storefront")
                .then()
                .statusCode(200)
                .body("paths.'/public/v1/distributors/{distributorId}/storefronts'.get.responses", not(hasKey("401")))
                .body("paths.'/public/v1/distributors/{distributorId}/storefronts'.get.security", empty())
                .body("paths.'/public/v1/distributors/{distributorId}/storefronts'.post.responses", hasKey("401"));
    }

    @Test
    void onlyTheSchemasThePublishedOperationsUseAreKept() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .body("components.schemas", hasKey("ORDERView"))
                .body("components.schemas", hasKey("ORDERPage"))
                .body("components.schemas", hasKey("ORDERRequest"))
                .body("components.schemas", not(hasKey("InternalORDERView")));
    }

    @Test
    void answersListEveryMemberAsRequiredAndRequestsRefuseUnknownMembers() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .body("components.schemas.ORDERView.required", contains("id", "page"))
                .body("components.schemas.ORDERView", not(hasKey("additionalProperties")))
                .body("components.schemas.ORDERRequest.required", contains("name"))
                .body("components.schemas.ORDERRequest.additionalProperties", equalTo(false))
                .body("components.schemas.ORDERPage.properties.nextCursor.type", contains("string", "null"))
                .body("components.schemas.Problem.required", hasItem("code"));
    }

    @Test
    void everyOperationHasItsIdEveryPostItsIdempotencyKeyAndEveryLimitItsBounds() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .body("paths.'/bss/v1/orders'.get.operationId", equalTo("getBssOrders"))
                .body(
                        "paths.'/bss/v1/subscriptions/{id}/upgrade'.post.operationId",
                        equalTo("postBssSubscriptionsByIdUpgrade"))
                .body("paths.'/bss/v1/orders'.post.parameters.name", contains("Idempotency-Key"))
                .body("paths.'/bss/v1/orders'.post.parameters[0].in", equalTo("header"))
                .body("paths.'/bss/v1/orders'.post.parameters[0].schema.maxLength", equalTo(255))
                .body(
                        "paths.'/bss/v1/orders'.post.responses.'422'.description",
                        containsString("IDEMPOTENCY_KEY_INVALID"))
                .body("paths.'/bss/v1/orders'.get.parameters.name", not(hasItem("Idempotency-Key")))
                .body("paths.'/bss/v1/orders'.get.parameters[0].schema.minimum", equalTo(1))
                .body("paths.'/bss/v1/orders'.get.parameters[0].schema.maximum", equalTo(100))
                .body("paths.'/bss/v1/orders'.get.responses.'400'.description", startsWith("MALFORMED_REQUEST"))
                .body("paths.'/bss/v1/orders'.get.responses.'422'.description", startsWith("INVALID_REQUEST"));
    }

    @Test
    void eachTagIsListedOnceAndTheDocumentNamesItsContactAndLicense() {
        given().get("/openapi/bss")
                .then()
                .statusCode(200)
                .body("tags.name", contains("Shared"))
                .body("info.contact.email", containsString("@"))
                .body("info.license.name", equalTo("Proprietary"));
    }

    @Test
    void swaggerUiShowsBothPartnerDocumentsWithoutAToken() {
        given().redirects()
                .follow(false)
                .get("/openapi/ui")
                .then()
                .statusCode(302)
                .header("Location", "/openapi/ui/");
        given().get("/openapi/ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/openapi/bss"), containsString("/openapi/storefront"));
        given().get("/openapi/ui/swagger-ui-bundle.js").then().statusCode(200);
    }
}
