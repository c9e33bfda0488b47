package com.resellerplans.notification.delivery.domain;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What operators see of their distributor's deliveries, and their one command on them (resend); another
 * distributor's deliveries are as absent as missing ones.
 */
@ApplicationScoped
public class Deliveries {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final DeliverySender sender;
    private final Clock clock;

    Deliveries(DeliverySender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional
    public DeliveryPage page(String distributorId, DeliveryFilter filter, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
        List<String> conditions = new ArrayList<>(List.of("distributorId = :distributor"));
        Parameters parameters = Parameters.with("distributor", distributorId);
        if (filter.status() != null && !filter.status().isBlank()) {
            conditions.add("status = :status");
            parameters.and("status", statusOf(filter.status()));
        }
        if (filter.resellerId() != null && !filter.resellerId().isBlank()) {
            conditions.add("resellerId = :reseller");
            parameters.and("reseller", filter.resellerId());
        }
        if (filter.templateKey() != null && !filter.templateKey().isBlank()) {
            conditions.add("templateKey = :templateKey");
            parameters.and("templateKey", filter.templateKey());
        }
        Optional<PageCursor> after = PageCursor.decode(cursor);
        after.ifPresent(position -> {
            conditions.add("(createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", position.createdAt()).and("afterId", position.id());
        });
        List<Delivery> found = Delivery.<Delivery>find(String.join(" and ", conditions),
                        Sort.descending("createdAt", "id"), parameters)
                .range(0, size)
                .list();
        List<Delivery> items = found.size() > size ? found.subList(0, size) : found;
        PageCursor next = found.size() > size
                ? new PageCursor(items.get(size - 1).createdAt(), items.get(size - 1).id())
                : null;
        return new DeliveryPage(items, next);
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
