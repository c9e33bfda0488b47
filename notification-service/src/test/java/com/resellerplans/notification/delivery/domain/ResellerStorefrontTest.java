package com.resellerplans.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which storefront activations still bring news (a welcome, a URL to remember) when they arrive out of order. */
class ResellerStorefrontTest {

    @Test
    void aReactivationThatOvertookTheFirstActivationLeavesItNothingToSay() {
        ResellerStorefront remembered = new ResellerStorefront();

        assertThat(remembered.advanceTo("storefront-1", 2))
                .as("the reactivation")
                .isTrue();
        assertThat(remembered.advanceTo("storefront-1", 0))
                .as("the late first activation")
                .isFalse();
    }

    @Test
    void activationsInTheirOrderAreEachNews() {
        ResellerStorefront remembered = new ResellerStorefront();

        assertThat(remembered.advanceTo("storefront-1", 0)).isTrue();
        assertThat(remembered.advanceTo("storefront-1", 2)).isTrue();
        assertThat(remembered.advanceTo("storefront-2", 0))
                .as("another storefront")
                .isTrue();
    }

    @Test
    void aLateActivationLeavesTheUrlOfTheLaterOne() {
        ResellerStorefront storefront = new ResellerStorefront(new ResellerStorefront.Key("disti", "r1"));
        Instant at = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(storefront.activated("storefront-1", 2, "https://now.example", "now", at))
                .isTrue();
        assertThat(storefront.activated("storefront-1", 0, "https://then.example", "then", at))
                .isFalse();
        assertThat(storefront.url()).isEqualTo("https://now.example");
        assertThat(storefront.isAt("now")).isTrue();
        assertThat(storefront.isAt("then")).isFalse();
    }
}
