package com.resellerplans.subscription.reseller.domain;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A reseller of a distributor: its name, primary contact and plan tier. */
@Entity
@Table(name = "reseller")
public class Reseller {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    private String name;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Column(name = "current_subscription_id")
    private UUID currentSubscriptionId;

    @Column(name = "subscriptions_started")
    private int subscriptionsStarted;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Reseller() {}

    /** A new reseller on BASIC; the name is kept trimmed. */
    public static Reseller register(UUID id, String distributorId, String name, Contact primaryContact, Instant at) {
        Reseller reseller = new Reseller();
        reseller.id = id;
        reseller.distributorId = distributorId;
        reseller.name = name.trim();
        reseller.contactName = primaryContact.name().trim();
        reseller.contactEmail = primaryContact.email().trim();
        reseller.tier = Tier.BASIC;
        // PostgreSQL keeps microseconds: the cursor of a page must compare equal to the stored value
        reseller.createdAt = at.truncatedTo(ChronoUnit.MICROS);
        return reseller;
    }

    /** The number of the subscription the reseller starts now: 1 for its first. */
    public int startSubscription() {
        return ++subscriptionsStarted;
    }

    /** The reseller moved onto a plan through the given subscription. */
    public void enterPlan(Plan plan, UUID subscriptionId) {
        tier = Tier.of(plan);
        currentSubscriptionId = subscriptionId;
    }

    /** The given subscription ended; the reseller is back on BASIC unless another one replaced it meanwhile. */
    public void leavePlan(UUID subscriptionId) {
        if (subscriptionId.equals(currentSubscriptionId)) {
            tier = Tier.BASIC;
            currentSubscriptionId = null;
        }
    }

    public Contact primaryContact() {
        return new Contact(contactName, contactEmail);
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    public String name() {
        return name;
    }

    public Tier tier() {
        return tier;
    }

    /** The subscription that set its tier; null while on BASIC. */
    public UUID currentSubscriptionId() {
        return currentSubscriptionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What events carry about this reseller. */
    public ResellerSnapshot snapshot() {
        return new ResellerSnapshot(id.toString(), distributorId, name, primaryContact());
    }
}
