package com.resellerplans.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;

/**
 * Claims rows that are due with {@code FOR UPDATE SKIP LOCKED}: two instances, or two threads, sweeping the same
 * table at once each take rows the other has not, never wait for each other and never apply a row twice. A
 * claimed row stays locked until its transaction ends. {@link Sweep} decides how many batches a tick claims.
 */
@ApplicationScoped
public class DueRows {
    private final EntityManager entityManager;

    DueRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks up to {@code limit} due rows, oldest first, in the caller's transaction. */
    @SuppressWarnings("unchecked")
    public <T> List<T> lock(DueQuery<T> query, int limit) {
        var claim = entityManager
                .createNativeQuery(query.claimingSql(), query.entity())
                .setParameter("limit", limit);
        query.parameters().forEach(claim::setParameter);
        return claim.getResultList();
    }

    /**
     * Claims up to {@code limit} due rows and applies them in one transaction of its own: the batch commits whole
     * or, should {@code apply} throw, not at all, leaving every row of it due for the next claim.
     *
     * @return how many rows were claimed
     */
    public <T> int claim(DueQuery<T> query, int limit, Consumer<List<T>> apply) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<T> due = lock(query, limit);
            apply.accept(due);
            return due.size();
        });
    }
}
