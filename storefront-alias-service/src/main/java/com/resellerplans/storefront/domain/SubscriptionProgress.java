package com.resellerplans.storefront.domain;

import com.resellerplans.events.SubscriptionStep;
import com.resellerplans.outbox.LastAppliedStep;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How far a reseller's storefront has followed its subscriptions: the last subscription event applied. Kept apart
 * from the storefront because a late event can arrive when there is none (a cancellation before its activation).
 */
@Entity
@Table(name = "subscription_progress")
public class SubscriptionProgress {
    /** Distributor and reseller: a reseller id is only meaningful within its tenant. */
    @Embeddable
    public record Key(
            @Column(name = "distributor_id") String distributorId,
            @Column(name = "reseller_id") String resellerId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Embedded
    private LastAppliedStep lastApplied = new LastAppliedStep();

    protected SubscriptionProgress() {}

    /** A reseller none of whose subscription events was applied yet. */
    SubscriptionProgress(String distributorId, String resellerId) {
        this.key = new Key(distributorId, resellerId);
    }

    /** Whether {@code step} comes after the last applied event; it becomes the last if so. */
    boolean advanceTo(SubscriptionStep step) {
        if (lastApplied == null) {
            lastApplied = new LastAppliedStep();
        }
        return lastApplied.advanceTo(step);
    }
}
