package com.resellerplans.storefront.alias.api;

import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.hold;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.resellerAvailability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AliasAvailabilityResourceTest {
    private final Tenants tenant = Tenants.fresh();
    private final String operator = tenant.operator();

    @Test
    void a_free_alias_is_available_normalised() {
        availability(operator, " Brand-New ")
                .statusCode(200)
                .body("alias", equalTo("brand-new"))
                .body("available", equalTo(true))
                .body("reason", nullValue())
                .body("suggestions", empty());
    }

    @Test
    void a_taken_alias_comes_with_suggestions_that_are_all_actually_free() {
        hold(operator, Tenants.newId(), Tenants.newId(), "acme", null).statusCode(201);
        hold(operator, Tenants.newId(), Tenants.newId(), "acme-cloud", null).statusCode(201);
        hold(operator, Tenants.newId(), Tenants.newId(), "acme1", null).statusCode(201);

        List<String> suggestions = availability(operator, "ACME")
                .statusCode(200)
                .body("alias", equalTo("acme"))
                .body("available", equalTo(false))
                .body("reason", equalTo("ALIAS_TAKEN"))
                .body("suggestions", hasSize(5))
                .extract()
                .jsonPath()
                .getList("suggestions", String.class);

        assertThat(suggestions).doesNotContain("acme", "acme-cloud", "acme1");
        suggestions.forEach(free ->
                hold(operator, Tenants.newId(), Tenants.newId(), free, null).statusCode(201));
    }

    @Test
    void invalid_and_reserved_aliases_say_why_and_suggest_valid_ones() {
        availability(operator, "Tech Solutions!")
                .statusCode(200)
                .body("alias", equalTo("tech solutions!"))
                .body("available", equalTo(false))
                .body("reason", equalTo("ALIAS_INVALID"))
                .body("suggestions[0]", equalTo("tech-solutions"));
        availability(operator, "store")
                .statusCode(200)
                .body("reason", equalTo("ALIAS_RESERVED"))
                .body("suggestions", not(empty()));
    }

    @Test
    void an_alias_held_by_the_callers_own_reseller_is_available_to_it_only() {
        String reseller = Tenants.newId();
        hold(operator, Tenants.newId(), reseller, "ownhold", 600).statusCode(201);
        resellerAvailability(tenant.reseller(reseller), "ownhold")
                .statusCode(200)
                .body("available", equalTo(true));
        resellerAvailability(tenant.reseller(Tenants.newId()), "ownhold")
                .statusCode(200)
                .body("available", equalTo(false))
                .body("reason", equalTo("ALIAS_TAKEN"));
    }

    @Test
    void each_route_answers_its_own_role() {
        resellerAvailability(operator, "anything").statusCode(403).body("code", equalTo("FORBIDDEN"));
        availability(tenant.reseller(Tenants.newId()), "anything")
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }
}
