package com.resellerplans.order;

import static io.restassured.RestAssured.given;

import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What a test tells {@link ScriptedSubscriptionService} to answer, and what it asks it back. */
public final class SubscriptionServiceScript {
    private SubscriptionServiceScript() {
    }

    /** subscription-service answers {@code GET path} with this status and JSON body from now on. */
    public static void answer(String path, int status, Map<String, ?> body) {
        given().baseUri(baseUrl()).header("X-Status", status).contentType("application/json").body(body)
                .put("/script" + path).then().statusCode(204);
    }

    /** The Authorization header {@code GET path} last came with. */
    public static String authorizationOf(String path) {
        return given().baseUri(baseUrl()).get("/authorization" + path).then().statusCode(200).extract().asString();
    }

    private static String baseUrl() {
        return ConfigProvider.getConfig().getValue(ScriptedSubscriptionService.URL_PROPERTY, String.class);
    }
}
