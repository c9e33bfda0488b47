package com.resellerplans.storefront.domain;

import com.resellerplans.events.Plan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reseller's storefront under its alias; its URL is derived from the distributor's current base URL. */
@Entity
@Table(name = "storefront")
public class Storefront extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "distributor_id")
    public String distributorId;
    @Column(name = "reseller_id")
    public String resellerId;
    @Column(name = "subscription_id")
    public String subscriptionId;
    public String alias;
    @Enumerated(EnumType.STRING)
    public Plan plan;
    @Enumerated(EnumType.STRING)
    public StorefrontStatus status;
    /** The reseller's document: markups, special prices, settings, notification settings. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> settings;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "retained_until")
    public Instant retainedUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    static Storefront open(String distributorId, String resellerId, String subscriptionId, String alias, Plan plan,
            Instant now) {
        Storefront storefront = new Storefront();
        storefront.id = UUID.randomUUID();
        storefront.distributorId = distributorId;
        storefront.resellerId = resellerId;
        storefront.subscriptionId = subscriptionId;
        storefront.alias = alias;
        storefront.plan = plan;
        storefront.status = StorefrontStatus.ACTIVE;
        storefront.settings = new HashMap<>();
        storefront.activatedAt = now;
        storefront.createdAt = now;
        return storefront;
    }

    /**
     * Serves the subscription: a suspended storefront comes back with its retained settings.
     *
     * @return false when it already served that subscription (a redelivered activation), so nothing changed
     */
    boolean activateFor(String newSubscriptionId, Plan newPlan, Instant now) {
        if (status == StorefrontStatus.ACTIVE && subscriptionId.equals(newSubscriptionId)) {
            return false;
        }
        if (status == StorefrontStatus.PURGED) {
            throw new IllegalStateException("A purged storefront is never activated again: " + id);
        }
        subscriptionId = newSubscriptionId;
        plan = newPlan;
        status = StorefrontStatus.ACTIVE;
        activatedAt = now;
        suspendedAt = null;
        retainedUntil = null;
        return true;
    }

    /** @return false when the plan was already the new one */
    boolean changePlan(Plan newPlan) {
        if (plan == newPlan || status != StorefrontStatus.ACTIVE) {
            return false;
        }
        plan = newPlan;
        return true;
    }

    /**
     * The subscription was cancelled: the login page stays, sign-in stops, the data is kept until {@code until}.
     *
     * @return false unless it was active for that subscription (a redelivery, or a stale event)
     */
    boolean suspendFor(String cancelledSubscriptionId, Instant now, Instant until) {
        if (status != StorefrontStatus.ACTIVE || !subscriptionId.equals(cancelledSubscriptionId)) {
            return false;
        }
        status = StorefrontStatus.SUSPENDED;
        suspendedAt = now;
        retainedUntil = until;
        return true;
    }

    /** Its data is gone for good; the row stays only as a record that it existed. */
    void purge() {
        status = StorefrontStatus.PURGED;
        settings = new HashMap<>();
    }

    /** The reseller replaces its settings document; only while the storefront is active. */
    void replaceSettings(Map<String, Object> document) {
        if (status != StorefrontStatus.ACTIVE) {
            throw new StorefrontSuspendedException();
        }
        settings = new HashMap<>(document);
    }

    public boolean signInAllowed() {
        return status == StorefrontStatus.ACTIVE;
    }
}
