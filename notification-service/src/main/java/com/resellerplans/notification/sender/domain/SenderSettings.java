package com.resellerplans.notification.sender.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A distributor's own sender: the name and address its emails come from and the name they sign with. */
@Entity
@Table(name = "sender_settings")
public class SenderSettings {
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

    protected SenderSettings() {}

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
