package com.resellerplans.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Plan;
import com.resellerplans.localservers.EventOrders;
import com.resellerplans.subscription.reseller.domain.Reseller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A subscription's storefront events received in every order: the subscription ends with the storefront status the
 * true order gives, never back to ACTIVE after a suspension or a purge.
 */
class SubscriptionStorefrontEventOrderTest {
    private static final String STOREFRONT = "storefront-1";
    private static final String URL = "https://disti.stores.example/techsolutions";

    /** One storefront event as subscription-service receives it. */
    record Event(String name, Consumer<Subscription> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Event ACTIVATED = new Event(
            "activated(v0)", subscription -> subscription.storefrontActivated(STOREFRONT, 0, "techsolutions", URL));
    // v1: the reseller replaced its settings, which publishes nothing
    private static final Event SUSPENDED =
            new Event("suspended(v2)", subscription -> subscription.storefrontSuspended(STOREFRONT, 2, URL));
    private static final Event PURGED =
            new Event("purged(v3)", subscription -> subscription.storefrontPurged(STOREFRONT, 3));

    static Stream<List<Event>> activatedThenSuspended() {
        return EventOrders.allOf(List.of(ACTIVATED, SUSPENDED)).stream();
    }

    static Stream<List<Event>> toTheEndOfTheStorefront() {
        return EventOrders.allOf(List.of(ACTIVATED, SUSPENDED, PURGED)).stream();
    }

    @ParameterizedTest
    @MethodSource("activatedThenSuspended")
    void aSuspendedStorefrontStaysSuspended(List<Event> order) {
        Subscription subscription = fed(order);

        assertThat(subscription.storefrontStatus()).isEqualTo(StorefrontStatus.SUSPENDED);
        assertThat(subscription.storefrontUrl()).isEqualTo(URL);
    }

    @ParameterizedTest
    @MethodSource("toTheEndOfTheStorefront")
    void aPurgedStorefrontStaysPurged(List<Event> order) {
        assertThat(fed(order).storefrontStatus()).isEqualTo(StorefrontStatus.PURGED);
    }

    @Test
    void aPurgeOfAnotherStorefrontUnderTheSameAliasIsNotThisOnes() {
        Subscription subscription = fed(List.of(ACTIVATED));

        subscription.storefrontPurged("an-older-storefront", 7);

        assertThat(subscription.storefrontStatus()).isEqualTo(StorefrontStatus.ACTIVE);
    }

    private static Subscription fed(List<Event> order) {
        Reseller reseller = Reseller.register(
                UUID.randomUUID(),
                "disti",
                "Tech Solutions",
                new Contact("Ann Lee", "ann@tech.example"),
                Instant.now());
        Subscription subscription = Subscription.activate(
                reseller,
                Plan.STANDARD,
                "techsolutions",
                new Change(new Actor("operator@disti", "bss-operator"), Channel.BSS, Instant.now(), "order-1"),
                Optional.empty());
        order.forEach(event -> event.apply().accept(subscription));
        return subscription;
    }
}
