package com.resellerplans.order.domain;

import com.resellerplans.outbox.DueQuery;
import com.resellerplans.outbox.DueRows;
import com.resellerplans.outbox.Sweep;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long a BSS draft lives: {@code orders.draft-max-age} from its creation. Its alias is held for exactly
 * that long, so the alias frees itself the moment the draft expires, without any call from here.
 */
@ApplicationScoped
public class DraftLifetime {
    private static final String DUE = """
            SELECT * FROM orders WHERE status = 'DRAFT' AND created_at <= :cutoff ORDER BY created_at, id""";

    private final OrderConfig config;
    private final DueRows dueRows;
    private final Clock clock;

    DraftLifetime(OrderConfig config, DueRows dueRows, Clock clock) {
        this.config = config;
        this.dueRows = dueRows;
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
    public int expireDue() {
        DueQuery<Order> drafts = new DueQuery<>(
                Order.class, DUE, Map.of("cutoff", Instant.now(clock).minus(config.draftMaxAge())));
        return dueRows.claim(drafts, config.draftExpiryBatchSize(), due -> due.forEach(Order::expire));
    }

    /** One tick of the expiry job: batches of {@link #expireDue} as {@link Sweep} says; answers how many. */
    public int expireAllDue(Duration budget) {
        return Sweep.run(this::expireDue, config.draftExpiryBatchSize(), budget);
    }

    private Instant expiresAt(Order draft) {
        return draft.createdAt().plus(config.draftMaxAge());
    }
}
