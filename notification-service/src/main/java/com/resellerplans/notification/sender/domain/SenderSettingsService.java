package com.resellerplans.notification.sender.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Reads and changes a distributor's sender; the deployment's defaults stand in until it sets its own. */
@ApplicationScoped
public class SenderSettingsService {
    private final Senders senders;
    private final SenderDefaults defaults;
    private final Clock clock;

    SenderSettingsService(Senders senders, SenderDefaults defaults, Clock clock) {
        this.senders = senders;
        this.defaults = defaults;
        this.clock = clock;
    }

    @Transactional
    public SenderIdentity senderOf(String distributorId) {
        return senders.findByIdOptional(distributorId)
                .map(SenderSettings::identity)
                .orElseGet(() -> new SenderIdentity(
                        distributorId,
                        defaults.distributorName().orElse(distributorId),
                        defaults.name(),
                        defaults.address(),
                        false));
    }

    @Transactional
    public SenderIdentity change(
            String distributorId, String distributorName, String senderName, String senderAddress) {
        Instant now = Instant.now(clock);
        SenderSettings settings = senders.lockedOrCreated(distributorId, now);
        settings.change(distributorName, senderName, senderAddress, now);
        return settings.identity();
    }
}
