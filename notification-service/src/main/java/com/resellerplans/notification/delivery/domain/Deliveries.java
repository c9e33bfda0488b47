package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What operators see of their distributor's deliveries, and their one command on them (resend); another
 * distributor's deliveries are as absent as missing ones.
 */
@ApplicationScoped
public class Deliveries {
    private final DeliverySender sender;
    private final Clock clock;

    Deliveries(DeliverySender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional
    public Page<Delivery> page(String distributorId, DeliveryFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributor", distributorId);
        String where = "distributorId = :distributor";
        if (filter.status() != null && !filter.status().isBlank()) {
            where += " and status = :status";
            parameters.put("status", statusOf(filter.status()));
        }
        if (filter.resellerId() != null && !filter.resellerId().isBlank()) {
            where += " and resellerId = :reseller";
            parameters.put("reseller", filter.resellerId());
        }
        if (filter.templateKey() != null && !filter.templateKey().isBlank()) {
            where += " and templateKey = :templateKey";
            parameters.put("templateKey", filter.templateKey());
        }
        where = page.restrictNewestFirst(where, parameters);
        return page.page(Delivery.<Delivery>find(where + PageRequest.NEWEST_FIRST, parameters)
                .range(0, page.limit()).list(), Delivery::createdAt, Delivery::id);
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

    private static Delivery find(String distributorId, String id) {
        return parseId(id)
                .flatMap(uuid -> Delivery.<Delivery>find("id = ?1 and distributorId = ?2", uuid, distributorId)
                        .<Delivery>firstResultOptional())
                .orElseThrow(() -> new DeliveryNotFoundException(id));
    }

    private static DeliveryDetails detailsOf(Delivery delivery) {
        String distributorId = delivery.distributorId();
        List<DeliveryAttempt> attempts = DeliveryAttempt.<DeliveryAttempt>find(
                "deliveryId = ?1 and distributorId = ?2", Sort.ascending("at"), delivery.id(), distributorId).list();
        return new DeliveryDetails(delivery, attempts);
    }

    private static DeliveryStatus statusOf(String status) {
        try {
            return DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeliveryQueryException("INVALID_STATUS",
                    "status must be one of " + Arrays.toString(DeliveryStatus.values()) + ".");
        }
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
