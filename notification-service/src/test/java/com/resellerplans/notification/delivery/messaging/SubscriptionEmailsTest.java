package com.resellerplans.notification.delivery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The subscription lifecycle's emails carry the storefront URL remembered from storefront.activated.v1. */
@QuarkusTest
class SubscriptionEmailsTest {
    private static final String DISTRIBUTOR = "disti-lifecycle";

    @Test
    void anUpgradeSendsTheUpgradedEmailWithTheStorefrontUrlAndNoSecondWelcome() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Free Climbers");
        StorefrontActivated activated = Events.storefrontActivated(reseller, "freeclimbers");
        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller, activated);
        WelcomeEmailTest.awaitOneMailTo(reseller.primaryContact().email());

        Events.produce(
                Contracts.SUBSCRIPTION_UPGRADED,
                UUID.randomUUID().toString(),
                reseller,
                Events.subscriptionUpgraded(reseller, "freeclimbers"));

        MailServer.Mail upgraded = awaitMail(reseller, "Your reseller plan is now Standard");
        assertThat(upgraded.text()).contains("Free Climbers", "Standard reseller plan", activated.url());
        assertThat(Mails.to(reseller.primaryContact().email()))
                .filteredOn(mail -> mail.subject().startsWith("Welcome"))
                .hasSize(1);
    }

    @Test
    void anUpgradeThatOvertakesItsStorefrontActivationWaitsForTheUrl() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Quick Climbers");
        Events.produce(
                Contracts.SUBSCRIPTION_UPGRADED,
                UUID.randomUUID().toString(),
                reseller,
                Events.subscriptionUpgraded(reseller, "quickclimbers"));
        // the reseller's next event on the same partition: once its email is out, the upgrade was consumed
        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancellationRequested(
                        UUID.randomUUID().toString(),
                        3,
                        1,
                        reseller,
                        Plan.STANDARD,
                        Instant.parse("2026-12-28T10:00:00Z"),
                        new Actor("operator@" + DISTRIBUTOR, "bss-operator"),
                        Channel.BSS,
                        Instant.now()));
        awaitMail(reseller, "Your subscription will be cancelled on 28 December 2026");
        assertThat(Mails.to(reseller.primaryContact().email()))
                .filteredOn(mail -> mail.subject().startsWith("Your reseller plan"))
                .isEmpty();

        StorefrontActivated activated = Events.storefrontActivated(reseller, "quickclimbers");
        Events.produce(Contracts.STOREFRONT_ACTIVATED, UUID.randomUUID().toString(), reseller, activated);

        MailServer.Mail upgraded = awaitMail(reseller, "Your reseller plan is now Standard");
        assertThat(upgraded.text()).contains("Quick Climbers", activated.url());
        assertThat(awaitMail(reseller, "Welcome to Standard Reseller Storefront")
                        .text())
                .contains(activated.url());
    }

    @Test
    void aRequestedAndThenEffectiveCancellationEachSendTheirEmail() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Leaving Soon");
        String subscriptionId = UUID.randomUUID().toString();
        Actor operator = new Actor("operator@" + DISTRIBUTOR, "bss-operator");
        Instant effectiveAt = Instant.parse("2026-12-28T10:00:00Z");

        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancellationRequested(
                        subscriptionId,
                        3,
                        1,
                        reseller,
                        Plan.STANDARD,
                        effectiveAt,
                        operator,
                        Channel.BSS,
                        Instant.now()));
        MailServer.Mail requested = awaitMail(reseller, "Your subscription will be cancelled on 28 December 2026");
        assertThat(requested.text()).contains("pending cancellation", "Leaving Soon");

        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancelled(
                        subscriptionId,
                        4,
                        1,
                        reseller,
                        Plan.STANDARD,
                        Tier.BASIC,
                        effectiveAt,
                        Actor.SCHEDULER,
                        Channel.SCHEDULER));
        MailServer.Mail cancelled = awaitMail(reseller, "Your subscription has been cancelled");
        assertThat(cancelled.text()).contains("back on the Basic reseller plan", "28 December 2026");
    }

    @Test
    void aCancellationRequestArrivingAfterTheCancellationIsNotMailed() {
        ResellerSnapshot reseller = Events.reseller(DISTRIBUTOR, "Reordered Ltd");
        String subscriptionId = UUID.randomUUID().toString();
        Instant effectiveAt = Instant.parse("2026-12-28T10:00:00Z");
        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancelled(
                        subscriptionId,
                        4,
                        1,
                        reseller,
                        Plan.STANDARD,
                        Tier.BASIC,
                        effectiveAt,
                        Actor.SCHEDULER,
                        Channel.SCHEDULER));
        awaitMail(reseller, "Your subscription has been cancelled");

        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancellationRequested(
                        subscriptionId,
                        3,
                        1,
                        reseller,
                        Plan.STANDARD,
                        effectiveAt,
                        Actor.SCHEDULER,
                        Channel.BSS,
                        Instant.now()));
        // a later subscription's event on the same partition: once it is mailed, the late one was consumed
        Events.produce(
                Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                UUID.randomUUID().toString(),
                reseller,
                new SubscriptionCancellationRequested(
                        UUID.randomUUID().toString(),
                        1,
                        2,
                        reseller,
                        Plan.FREE,
                        Instant.parse("2027-01-28T10:00:00Z"),
                        Actor.SCHEDULER,
                        Channel.BSS,
                        Instant.now()));
        awaitMail(reseller, "Your subscription will be cancelled on 28 January 2027");

        assertThat(Mails.to(reseller.primaryContact().email()))
                .extracting(MailServer.Mail::subject)
                .doesNotContain("Your subscription will be cancelled on 28 December 2026");
    }

    private static MailServer.Mail awaitMail(ResellerSnapshot reseller, String subject) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mails.to(reseller.primaryContact().email()).stream()
                        .anyMatch(mail -> subject.equals(mail.subject())));
        return Mails.to(reseller.primaryContact().email()).stream()
                .filter(mail -> subject.equals(mail.subject()))
                .findFirst()
                .orElseThrow();
    }
}
