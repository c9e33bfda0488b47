package com.resellerplans.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.localservers.EventOrders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reseller's subscription emails, their events received in every order: what is mailed is always in the true
 * order (never "will be cancelled" after "has been cancelled"), and the newest news is never lost.
 */
class SubscriptionNewsTest {

    /** A subscription event notification-service mails, by its subject. */
    record Email(String subject, SubscriptionStep step) {
        @Override
        public String toString() {
            return subject + step;
        }
    }

    private static final List<Email> TRUE_ORDER = List.of(
            new Email("now Standard", new SubscriptionStep(1, 1)),
            new Email("will be cancelled", new SubscriptionStep(1, 2)),
            new Email("has been cancelled", new SubscriptionStep(1, 3)),
            new Email("second subscription now Standard", new SubscriptionStep(2, 1)));

    static Stream<List<Email>> everyOrder() {
        return EventOrders.allOf(TRUE_ORDER).stream();
    }

    @ParameterizedTest
    @MethodSource("everyOrder")
    void mailsOnlyWhatIsStillNewsInTheTrueOrder(List<Email> received) {
        SubscriptionNews news = new SubscriptionNews("disti", "r1");
        List<Email> mailed = new ArrayList<>();
        for (Email email : received) {
            if (news.advanceTo(email.step())) {
                mailed.add(email);
            }
        }

        assertThat(mailed).isSortedAccordingTo(Comparator.comparing(TRUE_ORDER::indexOf));
        assertThat(mailed).contains(TRUE_ORDER.get(TRUE_ORDER.size() - 1));
        if (received.equals(TRUE_ORDER)) {
            assertThat(mailed).isEqualTo(TRUE_ORDER);
        }
    }
}
