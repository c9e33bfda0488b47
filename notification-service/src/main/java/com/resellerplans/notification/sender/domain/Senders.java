package com.resellerplans.notification.sender.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/** The distributors' own senders. */
@ApplicationScoped
public class Senders implements PanacheRepositoryBase<SenderSettings, String> {
    /**
     * The distributor's row, locked, inserted first if it has none: two concurrent first saves both insert, the
     * second waits for the first to commit and then takes its turn on the row instead of failing on the key.
     */
    SenderSettings lockedOrCreated(String distributorId, Instant now) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO sender_settings (distributor_id, distributor_name, sender_name, sender_address,
                            updated_at) VALUES (:distributor, '', '', '', :now) ON CONFLICT (distributor_id) DO NOTHING""")
                .setParameter("distributor", distributorId)
                .setParameter("now", now)
                .executeUpdate();
        return findById(distributorId, LockModeType.PESSIMISTIC_WRITE);
    }
}
