package com.resellerplans.notification.delivery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.resellerplans.events.Contracts;
import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.localservers.HeldTransaction;
import com.resellerplans.localservers.MailServer;
import com.resellerplans.notification.Events;
import com.resellerplans.notification.Mails;
import com.resellerplans.notification.delivery.domain.EmailNotifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The upgrade email of a reseller whose storefront activation is being applied at the same moment, on the other
 * topic's consumer: the activation's transaction is held open after it looked for waiting upgrade emails, while the
 * upgrade is consumed. The upgrade email goes out with the URL either way; it never waits for ever.
 */
@QuarkusTest
class UpgradeNoticeRaceTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    EmailNotifications notifications;

    @Inject
    EntityManager entityManager;

    @Test
    void anUpgradeConsumedWhileItsStorefrontActivationCommitsIsSentWithTheUrl() {
        ResellerSnapshot reseller = Events.reseller("disti-race", "Racing Climbers");
        StorefrontActivated activated = Events.storefrontActivated(reseller, "racingclimbers");
        String upgradeId = UUID.randomUUID().toString();

        try (HeldTransaction activation = HeldTransaction.open(
                "notifications",
                entityManager,
                () -> notifications.storefrontActivated(
                        new EventEnvelope(
                                UUID.randomUUID().toString(),
                                Contracts.STOREFRONT_ACTIVATED.type(),
                                "/test",
                                Instant.now(),
                                reseller.id()),
                        activated))) {
            Events.produce(
                    Contracts.SUBSCRIPTION_UPGRADED,
                    upgradeId,
                    reseller,
                    Events.subscriptionUpgraded(reseller, "racingclimbers"));
            // the upgrade is in the consumer: either applied already, or waiting for the activation to end
            await().atMost(EVENTUALLY).until(() -> activation.someoneWaits() || consumed(upgradeId));
            activation.commit();
        }

        await().atMost(EVENTUALLY).until(() -> subjectsTo(reseller).contains("Your reseller plan is now Standard"));
        MailServer.Mail upgraded = Mails.to(reseller.primaryContact().email()).stream()
                .filter(mail -> mail.subject().equals("Your reseller plan is now Standard"))
                .findFirst()
                .orElseThrow();
        assertThat(upgraded.text()).contains(activated.url());
    }

    private boolean consumed(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                        .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :eventId")
                                        .setParameter("eventId", eventId)
                                        .getSingleResult())
                                .longValue()
                        == 1);
    }

    private static List<String> subjectsTo(ResellerSnapshot reseller) {
        return Mails.to(reseller.primaryContact().email()).stream()
                .map(MailServer.Mail::subject)
                .toList();
    }
}
