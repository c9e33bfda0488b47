package com.resellerplans.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A distributor's own subscription settings. */
@Entity
@Table(name = "subscription_settings")
public class SubscriptionSettings {
    @Id
    @Column(name = "distributor_id")
    private String distributorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_cancellation_policy")
    private CancellationPolicy defaultCancellationPolicy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SubscriptionSettings() {}

    static SubscriptionSettings of(String distributorId) {
        SubscriptionSettings settings = new SubscriptionSettings();
        settings.distributorId = distributorId;
        return settings;
    }

    public CancellationPolicy defaultCancellationPolicy() {
        return defaultCancellationPolicy;
    }

    void choose(CancellationPolicy policy, Instant at) {
        defaultCancellationPolicy = policy;
        updatedAt = at;
    }
}
