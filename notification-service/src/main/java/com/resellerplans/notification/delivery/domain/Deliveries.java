package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * What operators see of their distributor's deliveries, and their one command on them (resend); another
 * distributor's deliveries are as absent as missing ones.
 */
@ApplicationScoped
public class Deliveries {
    private final DeliveryQueue deliveries;
    private final DeliverySender sender;
    private final Clock clock;

    Deliveries(DeliveryQueue deliveries, DeliverySender sender, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional
    public Page<Delivery> page(String distributorId, DeliveryFilter filter, PageRequest page) {
        return deliveries.page(distributorId, filter, page);
    }

    @Transactional
    public DeliveryDetails details(String distributorId, String id) {
        return detailsOf(find(distributorId, id));
    }

    /** Queues a FAILED or DEAD delivery again, due now; the sender is woken once this commits. */
    @Transactional
    public DeliveryDetails resend(String distributorId, String id) {
        Delivery delivery = find(distributorId, id);
        delivery.resend(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        sender.wakeAfterCommit();
        return detailsOf(delivery);
    }

    private Delivery find(String distributorId, String id) {
        return parseId(id)
                .flatMap(uuid -> deliveries.ofDistributor(distributorId, uuid))
                .orElseThrow(() -> new DeliveryNotFoundException(id));
    }

    private DeliveryDetails detailsOf(Delivery delivery) {
        return new DeliveryDetails(delivery, deliveries.attemptsAt(delivery));
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
