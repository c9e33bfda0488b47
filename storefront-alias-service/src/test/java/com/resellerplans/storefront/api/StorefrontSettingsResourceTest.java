package com.resellerplans.storefront.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.resellerplans.events.Plan;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class StorefrontSettingsResourceTest {
    public static final String DOCUMENT = """
            {"markups": {"default": 12.5, "byProduct": {"OFFICE_365": 8}},
             "specialPrices": [{"product": "OFFICE_365", "customer": "c-1", "price": 9.99}],
             "settings": {"theme": "dark"}, "notificationSettings": {"orderEmails": true}}""";

    private final Tenants tenant = Tenants.fresh();
    private final StorefrontFixture reseller = StorefrontFixture.of(tenant);

    public static ValidatableResponse get(String token) {
        return given().auth()
                .oauth2(token)
                .get("/storefront/v1/storefront/settings")
                .then();
    }

    public static ValidatableResponse put(String token, String document) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(document)
                .put("/storefront/v1/storefront/settings")
                .then();
    }

    @Test
    void a_new_storefront_has_an_empty_document_the_reseller_can_replace() {
        reseller.activate("configured", Plan.STANDARD);
        String token = tenant.reseller(reseller.resellerId());
        get(token)
                .statusCode(200)
                .body("id", notNullValue())
                .body("markups.default", equalTo(0))
                .body("specialPrices", empty());

        put(token, DOCUMENT).statusCode(200).body("markups.default", equalTo(12.5f));
        get(token)
                .statusCode(200)
                .body("markups.byProduct.OFFICE_365", equalTo(8))
                .body("specialPrices[0].customer", equalTo("c-1"))
                .body("settings.theme", equalTo("dark"))
                .body("notificationSettings.orderEmails", equalTo(true));
    }

    @Test
    void an_invalid_document_is_refused_and_the_stored_one_stays() {
        reseller.activate("strict", Plan.STANDARD);
        String token = tenant.reseller(reseller.resellerId());
        put(token, DOCUMENT).statusCode(200);

        put(token, DOCUMENT.replace("12.5", "-1")).statusCode(422).body("code", equalTo("INVALID_REQUEST"));
        put(token, DOCUMENT.replace("\"price\": 9.99", "\"price\": null")).statusCode(422);
        put(token, "{\"markups\": ").statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        get(token).body("markups.default", equalTo(12.5f)).body("specialPrices[0].price", equalTo(9.99f));
    }

    @Test
    void a_reseller_without_storefront_has_no_settings_and_operators_use_other_routes() {
        get(tenant.reseller(Tenants.newId())).statusCode(404).body("code", equalTo("STOREFRONT_NOT_FOUND"));
        put(tenant.reseller(Tenants.newId()), DOCUMENT).statusCode(404).body("code", equalTo("STOREFRONT_NOT_FOUND"));
        get(tenant.operator()).statusCode(403);
    }
}
