package com.resellerplans.storefront.alias.api;

import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.confirm;
import static com.resellerplans.storefront.alias.api.AliasHoldsClient.hold;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.localservers.MovableClock;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A BSS draft holds its alias for the draft's remaining life (order-service sends it as {@code holdSeconds}):
 * with time moved by the test clock, the alias frees itself when the draft expires, with no call from anyone.
 */
@QuarkusTest
class DraftHoldExpiryTest {
    private static final int DRAFT_LIFE_SECONDS = (int) Duration.ofDays(30).toSeconds();

    private final Tenants tenant = Tenants.fresh();
    private final String operator = tenant.operator();

    @Inject
    MovableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDraftsHoldLastsItsLifeThenAnotherResellerMayTakeTheAlias() {
        String draft = Tenants.newId();
        hold(operator, draft, Tenants.newId(), "longdraft", DRAFT_LIFE_SECONDS).statusCode(201);

        clock.advance(Duration.ofDays(29));
        availability(operator, "longdraft").body("available", equalTo(false));
        hold(operator, Tenants.newId(), Tenants.newId(), "longdraft", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        availability(operator, "longdraft").body("available", equalTo(true));
        hold(operator, Tenants.newId(), Tenants.newId(), "longdraft", 900).statusCode(201);
        confirm(operator, draft)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ALIAS_HOLD_EXPIRED"));
    }

    @Test
    void aConfirmedHoldOutlivesItsHoldTime() {
        String order = Tenants.newId();
        hold(operator, order, Tenants.newId(), "keptforever", 900).statusCode(201);
        confirm(operator, order).statusCode(200).body("status", equalTo("CONFIRMED"));

        clock.advance(Duration.ofHours(12));

        availability(operator, "keptforever").body("available", equalTo(false));
        hold(operator, Tenants.newId(), Tenants.newId(), "keptforever", 900)
                .statusCode(409)
                .body("code", equalTo("ALIAS_TAKEN"));
    }
}
