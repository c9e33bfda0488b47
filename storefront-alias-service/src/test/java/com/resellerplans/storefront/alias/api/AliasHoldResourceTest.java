package com.resellerplans.storefront.alias.api;

import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.confirm;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.hold;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.release;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AliasHoldResourceTest {
    private final Tenants tenant = Tenants.fresh();
    private final String operator = tenant.operator();
    private final String reseller = Tenants.newId();

    @Test
    void holds_a_normalised_alias_for_an_order() {
        String order = Tenants.newId();
        hold(operator, order, reseller, "  TechSolutions ", 600)
                .statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("orderId", equalTo(order))
                .body("resellerId", equalTo(reseller))
                .body("alias", equalTo("techsolutions"))
                .body("status", equalTo("HELD"))
                .body("expiresAt", notNullValue());
        availability(operator, "techsolutions")
                .body("available", equalTo(false))
                .body("reason", equalTo("ALIAS_TAKEN"));
    }

    @Test
    void a_draft_hold_without_seconds_never_expires() {
        hold(operator, Tenants.newId(), reseller, "techsolutions", null)
                .statusCode(201)
                .body("expiresAt", nullValue());
    }

    @Test
    void a_taken_alias_is_refused_with_free_suggestions_and_the_holder_keeps_it() {
        String first = Tenants.newId();
        hold(operator, first, reseller, "techsolutions", null).statusCode(201);
        hold(operator, Tenants.newId(), reseller, "techsolutions-cloud", null).statusCode(201);

        String other = Tenants.newId();
        List<String> suggestions = hold(operator, other, Tenants.newId(), "TechSolutions", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ALIAS_TAKEN"))
                .body("suggestions", hasSize(5))
                .extract()
                .jsonPath()
                .getList("suggestions", String.class);

        assertThat(suggestions).doesNotContain("techsolutions", "techsolutions-cloud");
        suggestions.forEach(free -> availability(operator, free).body("available", equalTo(true)));
        confirm(operator, other).statusCode(404).body("code", equalTo("ALIAS_HOLD_NOT_FOUND"));
        confirm(operator, first)
                .statusCode(200)
                .body("alias", equalTo("techsolutions"))
                .body("status", equalTo("CONFIRMED"))
                .body("expiresAt", nullValue());
    }

    @Test
    void invalid_and_reserved_aliases_are_refused_and_nothing_is_held() {
        String order = Tenants.newId();
        hold(operator, order, reseller, "tech--solutions", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("ALIAS_INVALID"))
                .body("detail", containsString("'--'"));
        hold(operator, order, reseller, "t\u0435chsolutions", null)
                .statusCode(422)
                .body("code", equalTo("ALIAS_INVALID"));
        hold(operator, order, reseller, "Support", null).statusCode(422).body("code", equalTo("ALIAS_RESERVED"));
        confirm(operator, order).statusCode(404).body("code", equalTo("ALIAS_HOLD_NOT_FOUND"));
    }

    @Test
    void reposting_for_the_same_order_moves_its_hold_and_a_refused_move_keeps_the_old_one() {
        String order = Tenants.newId();
        hold(operator, order, reseller, "firstchoice", null).statusCode(201);
        hold(operator, order, reseller, "secondchoice", null).statusCode(201).body("alias", equalTo("secondchoice"));
        availability(operator, "firstchoice").body("available", equalTo(true));

        hold(operator, Tenants.newId(), Tenants.newId(), "thirdchoice", null).statusCode(201);
        hold(operator, order, reseller, "thirdchoice", null).statusCode(409).body("code", equalTo("ALIAS_TAKEN"));
        availability(operator, "secondchoice").body("available", equalTo(false));
        confirm(operator, order).statusCode(200).body("alias", equalTo("secondchoice"));
    }

    @Test
    void an_expired_hold_is_free_and_its_order_then_learns_it_was_taken() {
        String late = Tenants.newId();
        hold(operator, late, reseller, "quickshop", 1).statusCode(201);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> availability(operator, "quickshop").body("available", equalTo(true)));

        hold(operator, Tenants.newId(), Tenants.newId(), "quickshop", null).statusCode(201);
        confirm(operator, late).statusCode(409).body("code", equalTo("ALIAS_HOLD_EXPIRED"));
        availability(operator, "quickshop").body("available", equalTo(false));
    }

    @Test
    void releasing_frees_the_alias_and_is_idempotent() {
        String order = Tenants.newId();
        hold(operator, order, reseller, "letgo", null).statusCode(201);
        release(operator, order, false).statusCode(204);
        release(operator, order, false).statusCode(204);
        availability(operator, "letgo").body("available", equalTo(true));
    }

    @Test
    void a_confirmed_hold_is_only_released_with_force() {
        String order = AliasHoldsClient.confirmedHold(operator, reseller, "keepme");
        release(operator, order, false).statusCode(409).body("code", equalTo("ALIAS_HOLD_CONFIRMED"));
        availability(operator, "keepme").body("available", equalTo(false));
        hold(operator, order, reseller, "otherone", null).statusCode(409).body("code", equalTo("ALIAS_HOLD_CONFIRMED"));
        availability(operator, "otherone").body("available", equalTo(true));

        release(operator, order, true).statusCode(204);
        availability(operator, "keepme").body("available", equalTo(true));
    }

    @Test
    void a_checkout_holds_and_confirms_in_one_call_and_asking_again_answers_the_same() {
        String order = Tenants.newId();
        AliasHoldsClient.holdConfirmed(operator, order, reseller, " OneCall")
                .statusCode(201)
                .body("alias", equalTo("onecall"))
                .body("status", equalTo("CONFIRMED"))
                .body("expiresAt", nullValue());
        AliasHoldsClient.holdConfirmed(operator, order, reseller, "onecall")
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"));

        release(operator, order, false).statusCode(409).body("code", equalTo("ALIAS_HOLD_CONFIRMED"));
        AliasHoldsClient.holdConfirmed(operator, order, reseller, "othercall")
                .statusCode(409)
                .body("code", equalTo("ALIAS_HOLD_CONFIRMED"));
        AliasHoldsClient.holdConfirmed(operator, Tenants.newId(), Tenants.newId(), "onecall")
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
        availability(operator, "othercall").body("available", equalTo(true));
        release(operator, order, true).statusCode(204);
        availability(operator, "onecall").body("available", equalTo(true));
    }

    @Test
    void a_confirmed_hold_takes_no_hold_seconds_and_nothing_is_held() {
        String order = Tenants.newId();
        given().auth()
                .oauth2(operator)
                .contentType("application/json")
                .body(Map.of(
                        "orderId",
                        order,
                        "resellerId",
                        reseller,
                        "alias",
                        "nohold",
                        "holdSeconds",
                        60,
                        "confirm",
                        true))
                .post("/internal/v1/alias-holds")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"));
        availability(operator, "nohold").body("available", equalTo(true));
        confirm(operator, order).statusCode(404).body("code", equalTo("ALIAS_HOLD_NOT_FOUND"));
    }

    @Test
    void a_reseller_holds_for_itself_only_and_sees_only_its_own_holds() {
        String order = Tenants.newId();
        hold(tenant.reseller(reseller), order, Tenants.newId(), "notmine", 600)
                .statusCode(403)
                .body("code", equalTo("RESELLER_MISMATCH"));
        availability(operator, "notmine").body("available", equalTo(true));

        hold(tenant.reseller(reseller), order, reseller, "mine", 600).statusCode(201);
        confirm(tenant.reseller(Tenants.newId()), order).statusCode(404).body("code", equalTo("ALIAS_HOLD_NOT_FOUND"));
        release(tenant.reseller(Tenants.newId()), order, false).statusCode(204);
        availability(operator, "mine").body("available", equalTo(false));
    }

    @Test
    void aliases_are_unique_per_distributor_only() {
        hold(operator, Tenants.newId(), reseller, "shared", null).statusCode(201);
        Tenants other = Tenants.fresh();
        hold(other.operator(), Tenants.newId(), Tenants.newId(), "shared", null).statusCode(201);
    }

    @Test
    void refuses_calls_without_a_token_or_with_a_sub_customer_token() {
        given().contentType("application/json")
                .body("{}")
                .post("/internal/v1/alias-holds")
                .then()
                .statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        hold(tenant.subCustomer(reseller), Tenants.newId(), reseller, "nope", null)
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void refuses_a_request_without_order_or_reseller() {
        hold(operator, " ", reseller, "valid-alias", null).statusCode(422).body("code", equalTo("INVALID_REQUEST"));
        availability(operator, "valid-alias").body("available", equalTo(true));
    }
}
