package com.resellerplans.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a BSS draft lives: {@code orders.draft-max-age} from its creation. Its alias is held for exactly
 * that long, so the alias frees itself the moment the draft expires, without any call from here.
 */
@ApplicationScoped
public class DraftLifetime {
    // two instances never expire one draft twice: each skips the rows the other has claimed
    private static final String CLAIM_DUE = """
            SELECT * FROM orders WHERE status = 'DRAFT' AND created_at <= :cutoff
            ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""";

    private final OrderConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    DraftLifetime(OrderConfig config, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Refuses a draft past its age even before the expiry job has marked it. */
    public void refuseIfExpired(Order order) {
        if (order.status() == OrderStatus.DRAFT && !Instant.now(clock).isBefore(expiresAt(order))) {
            throw new OrderRefusedException(OrderRefusedException.Reason.ORDER_EXPIRED);
        }
    }

    /** The draft's remaining life in whole seconds (rounded up), the time its alias hold should last. */
    public int remainingSeconds(Order draft) {
        Duration left = Duration.between(Instant.now(clock), expiresAt(draft));
        return (int) Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }

    /** Marks drafts past their age EXPIRED, one batch per call; answers how many. */
    @Transactional
    public int expireDue() {
        @SuppressWarnings("unchecked")
        List<Order> due = entityManager.createNativeQuery(CLAIM_DUE, Order.class)
                .setParameter("cutoff", Instant.now(clock).minus(config.draftMaxAge()))
                .setParameter("limit", config.draftExpiryBatchSize())
                .getResultList();
        due.forEach(Order::expire);
        return due.size();
    }

    private Instant expiresAt(Order draft) {
        return draft.createdAt().plus(config.draftMaxAge());
    }
}
