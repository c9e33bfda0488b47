package com.resellerplans.order.domain;

import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.ResellerRegistered;
import com.resellerplans.events.ResellerSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Who a reseller is, for the orders that name it: order-service's own copy of subscription-service's directory,
 * fed by {@code reseller.registered.v1}. A reseller the copy does not hold (registered before the copy existed,
 * or whose event has not arrived yet) is asked of subscription-service once and kept. A reseller held under
 * another distributor is asked too, so that the refusal is subscription-service's own.
 */
@ApplicationScoped
public class KnownResellers implements PanacheRepositoryBase<KnownReseller, String> {
    private static final String KEEP = """
            INSERT INTO known_reseller (reseller_id, distributor_id, name, contact_name, contact_email)
            VALUES (:resellerId, :distributorId, :name, :contactName, :contactEmail) ON CONFLICT DO NOTHING""";

    private final SubscriptionLookups subscriptionService;

    KnownResellers(SubscriptionLookups subscriptionService) {
        this.subscriptionService = subscriptionService;
    }

    /** The distributor's reseller; {@code RESELLER_NOT_FOUND} from subscription-service if it is not one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ResellerSnapshot of(String distributorId, String resellerId) {
        return findByIdOptional(resellerId)
                .filter(known -> known.distributorId().equals(distributorId))
                .map(KnownReseller::snapshot)
                .orElseGet(() -> keep(subscriptionService.reseller(resellerId)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(EventEnvelope envelope, ResellerRegistered event) {
        keep(event.reseller());
    }

    private ResellerSnapshot keep(ResellerSnapshot reseller) {
        getEntityManager()
                .createNativeQuery(KEEP)
                .setParameter("resellerId", reseller.id())
                .setParameter("distributorId", reseller.distributorId())
                .setParameter("name", reseller.name())
                .setParameter("contactName", reseller.primaryContact().name())
                .setParameter("contactEmail", reseller.primaryContact().email())
                .executeUpdate();
        return reseller;
    }
}
