package com.resellerplans.storefront.setup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Plan;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class StorefrontSetupResourceTest {
    private final Tenants tenant = Tenants.fresh();

    private ValidatableResponse get() {
        return given().auth()
                .oauth2(tenant.operator())
                .get("/bss/v1/setup/storefront")
                .then();
    }

    private ValidatableResponse put(Object baseUrl, Object retentionDays) {
        return given().auth()
                .oauth2(tenant.operator())
                .contentType(ContentType.JSON)
                .body(new java.util.HashMap<>(Map.of("baseUrl", baseUrl, "retentionDays", retentionDays)))
                .put("/bss/v1/setup/storefront")
                .then();
    }

    @Test
    void answers_the_configured_defaults_until_the_distributor_sets_its_own() {
        get().statusCode(200)
                .body("id", equalTo(tenant.distributorId()))
                .body("baseUrl", equalTo("https://" + tenant.distributorId() + ".stores.example"))
                .body("retentionDays", equalTo(90));
    }

    @Test
    void a_new_base_url_changes_every_storefront_url_at_once() {
        StorefrontFixture reseller = StorefrontFixture.of(tenant);
        reseller.activate("techsolutions", Plan.STANDARD);

        put("https://cloud.disti.com/", 30)
                .statusCode(200)
                .body("baseUrl", equalTo("https://cloud.disti.com"))
                .body("retentionDays", equalTo(30));
        get().body("baseUrl", equalTo("https://cloud.disti.com")).body("retentionDays", equalTo(30));
        reseller.publicView("techsolutions").body("url", equalTo("https://cloud.disti.com/techsolutions"));
        given().auth()
                .oauth2(tenant.operator())
                .get("/bss/v1/storefronts")
                .then()
                .body("items[0].url", equalTo("https://cloud.disti.com/techsolutions"));

        put("http://shops.disti.example/resellers", 3650).statusCode(200);
        reseller.publicView("techsolutions").body("url", equalTo("http://shops.disti.example/resellers/techsolutions"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://cloud.disti.com",
                "https://cloud.disti.com/?q=1",
                "https://cloud.disti.com/#top",
                "/relative/path",
                "not a url",
                "https://"
            })
    void refuses_a_base_url_that_is_not_absolute_http_without_query_or_fragment(String baseUrl) {
        put(baseUrl, 30)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("BASE_URL_INVALID"));
        get().body("baseUrl", equalTo("https://" + tenant.distributorId() + ".stores.example"))
                .body("retentionDays", equalTo(90));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void refuses_retention_days_outside_one_to_3650(int days) {
        put("https://cloud.disti.com", 30).statusCode(200);
        put("https://other.disti.com", days).statusCode(422).body("code", equalTo("INVALID_REQUEST"));
        get().body("baseUrl", equalTo("https://cloud.disti.com")).body("retentionDays", equalTo(30));
    }

    @Test
    void is_for_operators_only_and_per_distributor() {
        given().auth()
                .oauth2(tenant.reseller(Tenants.newId()))
                .get("/bss/v1/setup/storefront")
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        put("https://cloud.disti.com", 30).statusCode(200);
        Tenants other = Tenants.fresh();
        given().auth()
                .oauth2(other.operator())
                .get("/bss/v1/setup/storefront")
                .then()
                .body("baseUrl", equalTo("https://" + other.distributorId() + ".stores.example"));
    }
}
