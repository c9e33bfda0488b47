package com.resellerplans.notification.sender.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Reads and changes a distributor's sender; the deployment's defaults stand in until it sets its own. */
@ApplicationScoped
public class SenderSettingsService {
    private final SenderDefaults defaults;
    private final Clock clock;

    SenderSettingsService(SenderDefaults defaults, Clock clock) {
        this.defaults = defaults;
        this.clock = clock;
    }

    @Transactional
    public SenderIdentity senderOf(String distributorId) {
        return SenderSettings.<SenderSettings>findByIdOptional(distributorId)
                .map(SenderSettings::identity)
                .orElseGet(() -> new SenderIdentity(distributorId, defaults.distributorName().orElse(distributorId),
                        defaults.name(), defaults.address(), false));
    }

    @Transactional
    public SenderIdentity change(String distributorId, String distributorName, String senderName,
            String senderAddress) {
        Instant now = Instant.now(clock);
        SenderSettings settings = SenderSettings.lockedOrCreated(distributorId, now);
        settings.change(distributorName, senderName, senderAddress, now);
        return settings.identity();
    }
}
