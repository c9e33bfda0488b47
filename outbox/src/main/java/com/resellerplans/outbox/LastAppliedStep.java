package com.resellerplans.outbox;

import com.resellerplans.events.SubscriptionStep;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The last subscription event a consumer applied for a reseller, kept in the consumer's own row. A late event (an
 * earlier step: of the same subscription, or of an earlier one of the reseller) is not applied at all: everything
 * it says was true before what the consumer already knows. Hibernate reads one whose columns are all null (no
 * event applied yet) as no value at all: the owner creates it then, and only then, since assigning the field
 * makes the owner dirty.
 */
@Embeddable
public class LastAppliedStep {
    @Column(name = "subscription_number")
    private Long subscriptionNumber;

    @Column(name = "subscription_version")
    private Long subscriptionVersion;

    /** Whether {@code step} comes after the last applied one; it becomes the last if so. */
    public boolean advanceTo(SubscriptionStep step) {
        if (!step.isAfter(SubscriptionStep.orNull(subscriptionNumber, subscriptionVersion))) {
            return false;
        }
        subscriptionNumber = step.subscriptionNumber();
        subscriptionVersion = step.subscriptionVersion();
        return true;
    }
}
