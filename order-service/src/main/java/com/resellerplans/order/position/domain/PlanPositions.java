package com.resellerplans.order.position.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stores plan positions and hands them out locked, so that one plan change at a time passes per reseller. */
@ApplicationScoped
public class PlanPositions implements PanacheRepositoryBase<PlanPosition, String> {
    private static final String INSERT_BASIC = """
            INSERT INTO plan_position (reseller_id, distributor_id, tier, cancellation_pending, version)
            VALUES (:resellerId, :distributorId, 'BASIC', false, 0) ON CONFLICT DO NOTHING""";

    /**
     * The reseller's position, locked ({@code SELECT … FOR UPDATE}) until the caller's transaction ends. A
     * first-time reseller is inserted as BASIC first; a concurrent insert waits on the key, then finds the row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlanPosition lockFor(String distributorId, String resellerId) {
        getEntityManager()
                .createNativeQuery(INSERT_BASIC)
                .setParameter("resellerId", resellerId)
                .setParameter("distributorId", distributorId)
                .executeUpdate();
        return find("resellerId = ?1 and distributorId = ?2", resellerId, distributorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("Reseller " + resellerId + " is another distributor's"));
    }

    /** The position that follows this subscription, if any. */
    public Optional<PlanPosition> withSubscription(String distributorId, String subscriptionId) {
        return find("subscriptionId = ?1 and distributorId = ?2", subscriptionId, distributorId)
                .firstResultOptional();
    }

    /** The reseller's position for reading, BASIC if order-service has never seen it. */
    public PlanPosition current(String distributorId, String resellerId) {
        return find("resellerId = ?1 and distributorId = ?2", resellerId, distributorId)
                .firstResultOptional()
                .orElseGet(() -> PlanPosition.basic(distributorId, resellerId));
    }
}
