package com.resellerplans.storefront.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.events.Plan;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StorefrontViewsTest {
    private final Tenants tenant = Tenants.fresh();

    @Test
    void the_public_view_needs_no_token_and_hides_unknown_and_other_distributors_storefronts() {
        StorefrontFixture reseller = StorefrontFixture.of(tenant);
        reseller.activate("publicface", Plan.FREE);

        reseller.publicView("PublicFace")
                .statusCode(200)
                .body("id", notNullValue())
                .body("url", equalTo("https://" + tenant.distributorId() + ".stores.example/publicface"))
                .body("status", equalTo("ACTIVE"))
                .body("signInAllowed", equalTo(true));
        reseller.publicView("nobody-here")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("STOREFRONT_NOT_FOUND"));
        StorefrontFixture.of(Tenants.fresh())
                .publicView("publicface")
                .statusCode(404)
                .body("code", equalTo("STOREFRONT_NOT_FOUND"));
    }

    @Test
    void sign_in_needs_a_token_of_that_distributor() {
        StorefrontFixture reseller = StorefrontFixture.of(tenant);
        reseller.activate("gated", Plan.FREE);
        given().post("/public/v1/distributors/{d}/storefronts/gated/sign-in", tenant.distributorId())
                .then()
                .statusCode(401);
        reseller.signIn(Tenants.fresh().reseller(reseller.resellerId()), "gated")
                .statusCode(403)
                .body("code", equalTo("STOREFRONT_SIGN_IN_FORBIDDEN"));
        reseller.signIn(tenant.operator(), "gated").statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void the_bss_list_pages_through_the_distributors_storefronts_only() {
        for (String alias : List.of("first-store", "second-store", "third-store")) {
            StorefrontFixture.of(tenant).activate(alias, Plan.STANDARD);
        }
        StorefrontFixture.of(Tenants.fresh()).activate("elsewhere", Plan.STANDARD);

        List<String> aliases = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth()
                    .oauth2(tenant.operator())
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? new Object[0] : new Object[] {cursor})
                    .get("/bss/v1/storefronts")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            aliases.addAll(page.getList("items.alias", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(aliases).containsExactly("first-store", "second-store", "third-store");

        given().auth()
                .oauth2(tenant.operator())
                .get("/bss/v1/storefronts")
                .then()
                .body("items", hasSize(3))
                .body("nextCursor", nullValue())
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].plan", equalTo("STANDARD"));
    }

    @Test
    void the_bss_list_refuses_a_forged_cursor_and_non_operators() {
        given().auth()
                .oauth2(tenant.operator())
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/bss/v1/storefronts")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CURSOR"));
        given().auth()
                .oauth2(tenant.reseller(Tenants.newId()))
                .get("/bss/v1/storefronts")
                .then()
                .statusCode(403);
    }
}
