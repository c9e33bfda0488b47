package com.resellerplans.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.notification.template.domain.RenderedEmail;
import com.resellerplans.notification.template.domain.TemplateKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A delivery's life: queued with a fixed Message-ID, retried with backoff, DEAD after the last attempt or at once
 * on a permanent refusal.
 */
class DeliveryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void aQueuedDeliveryIsDueAtOnceWithAMessageIdOfItsOwn() {
        Delivery delivery = queued();

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.messageId()).isEqualTo("<" + delivery.id() + "@mail.test>");
        assertThat(queued().messageId()).isNotEqualTo(delivery.messageId());
    }

    @Test
    void aFailureSchedulesARetryAndTheLastOneGivesUp() {
        Delivery delivery = queued();

        delivery.recordFailure("451 try later", NOW, Duration.ofMinutes(1), 3);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(delivery.lastError()).isEqualTo("451 try later");

        delivery.recordFailure("451 try later", NOW, Duration.ofMinutes(2), 3);
        delivery.recordFailure("550 no such user", NOW, Duration.ofMinutes(4), 3);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThatThrownBy(() -> delivery.recordSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPermanentRefusalIsDeadAtOnceWithTheReplyAndNoRetry() {
        Delivery delivery = queued();

        delivery.recordRefusal("550 5.1.1 No such mailbox", NOW);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isEqualTo("550 5.1.1 No such mailbox");
        assertThat(delivery.nextAttemptAt()).isNull();
        delivery.resend(NOW.plusSeconds(60));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aReleasedClaimIsDueAgainAtOnceWithoutCountingAnAttempt() {
        Delivery delivery = queued();
        delivery.recordFailure("451 try later", NOW, Duration.ofMinutes(1), 8);
        delivery.claimUntil(NOW.plusSeconds(120));

        delivery.releaseClaim(NOW.plusSeconds(61));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(61));
    }

    @Test
    void aSentDeliveryIsNeverSentAgain() {
        Delivery delivery = queued();
        delivery.recordFailure("451 try later", NOW, Duration.ofMinutes(1), 8);

        delivery.recordSent(NOW.plusSeconds(90));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(delivery.lastError()).isNull();
        assertThatThrownBy(() -> delivery.claimUntil(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResendGivesAFailedDeliveryAFreshRoundButNeverRepeatsASentOne() {
        Delivery dead = queued();
        dead.recordFailure("550 mailbox unavailable", NOW, Duration.ofMinutes(1), 1);

        dead.resend(NOW.plusSeconds(600));

        assertThat(dead.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(dead.attempts()).isZero();
        assertThat(dead.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        Delivery sent = queued();
        sent.recordSent(NOW);
        assertThatThrownBy(() -> sent.resend(NOW)).isInstanceOf(DeliveryAlreadySentException.class);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    }

    private static Delivery queued() {
        return Delivery.queue(
                new EmailAddressing("disti-one", "r-1", "event-1", "ann@example.com"),
                TemplateKey.SUBSCRIPTION_UPGRADED,
                new RenderedEmail("Subject", "<p>Hi</p>", "Hi"),
                NOW,
                "mail.test");
    }
}
