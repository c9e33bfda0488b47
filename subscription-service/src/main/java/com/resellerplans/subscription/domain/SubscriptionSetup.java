package com.resellerplans.subscription.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Each distributor's subscription settings, with the deployment's defaults until it sets its own. */
@ApplicationScoped
public class SubscriptionSetup {
    private final SubscriptionSettingsRecords records;
    private final SubscriptionConfig config;
    private final Clock clock;

    SubscriptionSetup(SubscriptionSettingsRecords records, SubscriptionConfig config, Clock clock) {
        this.records = records;
        this.config = config;
        this.clock = clock;
    }

    public CancellationPolicy defaultCancellationPolicy(String distributorId) {
        return records.findByIdOptional(distributorId)
                .map(settings -> settings.defaultCancellationPolicy())
                .orElse(config.defaultCancellationPolicy());
    }

    @Transactional
    public CancellationPolicy chooseDefaultCancellationPolicy(String distributorId, CancellationPolicy policy) {
        SubscriptionSettings settings =
                records.findByIdOptional(distributorId).orElseGet(() -> SubscriptionSettings.of(distributorId));
        settings.choose(policy, Instant.now(clock));
        records.persist(settings);
        return settings.defaultCancellationPolicy();
    }
}
