package com.resellerplans.storefront.domain;

import com.resellerplans.events.Plan;
import com.resellerplans.storefront.alias.domain.Alias;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reseller's storefront under its alias; its URL is derived from the distributor's current base URL. */
@Entity
@Table(name = "storefront")
public class Storefront {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "reseller_id")
    private String resellerId;

    @Column(name = "subscription_id")
    private String subscriptionId;

    private String alias;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private StorefrontStatus status;
    /** The reseller's document: markups, special prices, settings, notification settings. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> settings;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "retained_until")
    private Instant retainedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Storefront() {}

    static Storefront open(
            String distributorId, String resellerId, String subscriptionId, String alias, Plan plan, Instant now) {
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

    /** Whether it is the reseller's storefront. */
    boolean belongsTo(String ofResellerId) {
        return resellerId.equals(ofResellerId);
    }

    /** Whether it is the storefront at {@code otherAlias}. */
    boolean isAt(Alias otherAlias) {
        return alias.equals(otherAlias.value());
    }

    boolean isSuspended() {
        return status == StorefrontStatus.SUSPENDED;
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    public String resellerId() {
        return resellerId;
    }

    /** The subscription it serves or, once suspended, served last. */
    public String subscriptionId() {
        return subscriptionId;
    }

    public String alias() {
        return alias;
    }

    public Plan plan() {
        return plan;
    }

    public StorefrontStatus status() {
        return status;
    }

    /** The reseller's settings document, read-only: {@code replaceSettings} changes it. */
    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public Instant retainedUntil() {
        return retainedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The version its events carry. */
    public long version() {
        return version;
    }
}
