package com.resellerplans.notification.delivery.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every distributor's deliveries, queued, sent or given up on, with the SMTP attempts made at each. */
@ApplicationScoped
public class DeliveryQueue implements PanacheRepositoryBase<Delivery, UUID> {
    /** The distributor's deliveries that match the filter, newest first. */
    Page<Delivery> page(String distributorId, DeliveryFilter filter, PageRequest page) {
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
        return page.page(
                find(where + PageRequest.NEWEST_FIRST, parameters)
                        .range(0, page.limit())
                        .list(),
                Delivery::createdAt,
                Delivery::id);
    }

    /** The delivery if it is the distributor's: another distributor's is as absent as a missing one. */
    Optional<Delivery> ofDistributor(String distributorId, UUID id) {
        return find("id = ?1 and distributorId = ?2", id, distributorId).firstResultOptional();
    }

    /** The attempts made at the delivery, oldest first. */
    List<DeliveryAttempt> attemptsAt(Delivery delivery) {
        return getEntityManager()
                .createQuery(
                        "FROM DeliveryAttempt WHERE deliveryId = ?1 AND distributorId = ?2" + " ORDER BY at",
                        DeliveryAttempt.class)
                .setParameter(1, delivery.id())
                .setParameter(2, delivery.distributorId())
                .getResultList();
    }

    void add(DeliveryAttempt attempt) {
        getEntityManager().persist(attempt);
    }

    private static DeliveryStatus statusOf(String status) {
        try {
            return DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeliveryQueryException(
                    "INVALID_STATUS", "status must be one of " + Arrays.toString(DeliveryStatus.values()) + ".");
        }
    }
}
