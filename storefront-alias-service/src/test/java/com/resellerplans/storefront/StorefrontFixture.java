package com.resellerplans.storefront;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.Tier;
import com.resellerplans.storefront.alias.api.AliasHoldsClient;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Drives a reseller's storefront the way the suite does: confirmed alias hold, then subscription events. */
public record StorefrontFixture(Tenants tenant, String resellerId, AtomicLong subscriptionsStarted) {
    public static StorefrontFixture of(Tenants tenant) {
        return new StorefrontFixture(tenant, Tenants.newId(), new AtomicLong());
    }

    public ResellerSnapshot snapshot() {
        return new ResellerSnapshot(
                resellerId,
                tenant.distributorId(),
                "Tech Solutions",
                new Contact("Ann Lee", "ann@techsolutions.example"));
    }

    /** The subscription.activated.v2 an executed order with a confirmed alias leads to: the reseller's next one. */
    public SubscriptionActivated executedOrder(String alias, Plan plan) {
        String orderId = AliasHoldsClient.confirmedHold(tenant.operator(), resellerId, alias);
        Instant now = Instant.now();
        return new SubscriptionActivated(
                Tenants.newId(),
                1,
                subscriptionsStarted.incrementAndGet(),
                snapshot(),
                plan,
                alias,
                orderId,
                now,
                now.plus(Duration.ofDays(30)));
    }

    /** Activates a storefront under the alias and waits until its URL shows it. */
    public SubscriptionActivated activate(String alias, Plan plan) {
        SubscriptionActivated activated = executedOrder(alias, plan);
        EventTraffic.produce(Contracts.SUBSCRIPTION_ACTIVATED, resellerId, activated);
        awaitStatus(alias, "ACTIVE");
        return activated;
    }

    public void cancel(SubscriptionActivated activated) {
        EventTraffic.produce(
                Contracts.SUBSCRIPTION_CANCELLED,
                resellerId,
                new SubscriptionCancelled(
                        activated.subscriptionId(),
                        3,
                        activated.subscriptionNumber(),
                        snapshot(),
                        activated.plan(),
                        Tier.BASIC,
                        Instant.now(),
                        new Actor("operator@" + tenant.distributorId(), "bss-operator"),
                        Channel.BSS));
        awaitStatus(activated.storefrontAlias(), "SUSPENDED");
    }

    public ValidatableResponse publicView(String alias) {
        return given().get("/public/v1/distributors/{d}/storefronts/{alias}", tenant.distributorId(), alias)
                .then();
    }

    public ValidatableResponse signIn(String token, String alias) {
        return given().auth()
                .oauth2(token)
                .post("/public/v1/distributors/{d}/storefronts/{alias}/sign-in", tenant.distributorId(), alias)
                .then();
    }

    public void awaitStatus(String alias, String status) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> publicView(alias).statusCode(200).body("status", equalTo(status)));
    }
}
