package com.resellerplans.order.domain;

import com.resellerplans.events.Contact;
import com.resellerplans.events.ResellerSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A reseller as subscription-service registered it; never updated, since a reseller's snapshot never changes. */
@Entity
@Immutable
@Table(name = "known_reseller")
public class KnownReseller {
    @Id
    @Column(name = "reseller_id")
    private String resellerId;

    @Column(name = "distributor_id")
    private String distributorId;

    private String name;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    protected KnownReseller() {}

    public String distributorId() {
        return distributorId;
    }

    public ResellerSnapshot snapshot() {
        return new ResellerSnapshot(resellerId, distributorId, name, new Contact(contactName, contactEmail));
    }
}
