package com.resellerplans.notification.sender.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A distributor's own sender: the name and address its emails come from and the name they sign with. */
@Entity
@Table(name = "sender_settings")
public class SenderSettings extends PanacheEntityBase {
    @Id
    @Column(name = "distributor_id")
    private String distributorId;
    @Column(name = "distributor_name")
    private String distributorName;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "sender_address")
    private String senderAddress;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected SenderSettings() {
    }

    /**
     * The distributor's row, locked, inserted first if it has none: two concurrent first saves both insert, the
     * second waits for the first to commit and then takes its turn on the row instead of failing on the key.
     */
    static SenderSettings lockedOrCreated(String distributorId, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO sender_settings (distributor_id, distributor_name, sender_name, sender_address,
                            updated_at) VALUES (:distributor, '', '', '', :now) ON CONFLICT (distributor_id) DO NOTHING""")
                .setParameter("distributor", distributorId)
                .setParameter("now", now)
                .executeUpdate();
        return findById(distributorId, LockModeType.PESSIMISTIC_WRITE);
    }

    void change(String distributorName, String senderName, String senderAddress, Instant at) {
        this.distributorName = distributorName.strip();
        this.senderName = senderName.strip();
        this.senderAddress = senderAddress.strip();
        this.updatedAt = at;
    }

    SenderIdentity identity() {
        return new SenderIdentity(distributorId, distributorName, senderName, senderAddress, true);
    }
}
