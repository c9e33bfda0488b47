package com.resellerplans.storefront.alias.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Someone's claim on an alias within a distributor; the unique (distributor, alias) row every holder competes for. */
@Entity
@Table(name = "alias_claim")
public class AliasClaim {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    private String alias;

    @Column(name = "reseller_id")
    private String resellerId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "previous_order_id")
    private String previousOrderId;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "retained_until")
    private Instant retainedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AliasClaim() {}

    /** A claim not yet stored: {@link AliasClaims#lockOrInsert} decides whether it becomes the alias's row. */
    static AliasClaim of(
            String distributorId,
            Alias alias,
            String resellerId,
            String orderId,
            ClaimStatus status,
            Instant expiresAt,
            Instant now) {
        AliasClaim claim = new AliasClaim();
        claim.id = UUID.randomUUID();
        claim.distributorId = distributorId;
        claim.alias = alias.value();
        claim.resellerId = resellerId;
        claim.orderId = orderId;
        claim.status = status;
        claim.expiresAt = expiresAt;
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }

    /**
     * How the alias stands for a reseller (null for an operator, who acts for no reseller). A reseller's own
     * hold counts as free for it, so it can move between its checkouts without waiting for the expiry.
     */
    Standing standingFor(String callerResellerId, Instant now) {
        boolean own = Objects.equals(resellerId, callerResellerId);
        boolean retainedForOther = !own && retainedUntil != null && retainedUntil.isAfter(now);
        return switch (status) {
            case HELD ->
                own || (isExpired(now) && !retainedForOther)
                        ? Standing.FREE
                        : retainedForOther ? Standing.RETAINED_FOR_OTHER : Standing.TAKEN;
            case RETAINED -> retainedForOther ? Standing.RETAINED_FOR_OTHER : Standing.FREE;
            case CONFIRMED, BOUND -> Standing.TAKEN;
        };
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    public String alias() {
        return alias;
    }

    public String resellerId() {
        return resellerId;
    }

    /** The order holding the alias; null once it is only retained. */
    public String orderId() {
        return orderId;
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** When the claim last changed: the reconciliation's keyset order. */
    Instant updatedAt() {
        return updatedAt;
    }

    /** Whether this claim is on {@code otherAlias}. */
    boolean isOn(Alias otherAlias) {
        return alias.equals(otherAlias.value());
    }

    /** Whether {@code order} holds it. */
    boolean isHeldBy(String order) {
        return Objects.equals(orderId, order);
    }

    /** A caller of {@code callerResellerId} (null for an operator, who sees every reseller's) sees this claim. */
    boolean isVisibleTo(String callerResellerId) {
        return callerResellerId == null || callerResellerId.equals(resellerId);
    }

    /** Still a hold that may move or lapse: neither confirmed, nor bound, nor only retained. */
    boolean isHeld() {
        return status == ClaimStatus.HELD;
    }

    /** Its order executed, and no storefront has taken the alias yet. */
    boolean isConfirmed() {
        return status == ClaimStatus.CONFIRMED;
    }

    /** A storefront owns the alias. */
    boolean isBound() {
        return status == ClaimStatus.BOUND;
    }

    /** Whether it is the reseller's claim, whatever its status. */
    boolean isOf(String ofResellerId) {
        return resellerId.equals(ofResellerId);
    }

    /** Only kept for the reseller's suspended storefront. */
    boolean isRetainedFor(String ofResellerId) {
        return isOf(ofResellerId) && status == ClaimStatus.RETAINED;
    }

    /** Whether the reseller's storefront may bind it for {@code bindingOrderId}: the order's own or free for it. */
    boolean isBindableFor(String bindingResellerId, String bindingOrderId, Instant now) {
        return isHeldBy(bindingOrderId) || standingFor(bindingResellerId, now) == Standing.FREE;
    }

    /** The reseller's confirmed hold, made for an order other than {@code otherThanOrderId}. */
    boolean isConfirmedForAnotherOrderOf(String ofResellerId, String otherThanOrderId) {
        return status == ClaimStatus.CONFIRMED
                && Objects.equals(resellerId, ofResellerId)
                && !Objects.equals(orderId, otherThanOrderId);
    }

    boolean isExpired(Instant now) {
        return status == ClaimStatus.HELD && expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Takes or renews the hold for an order; the caller checked the claim is free for that reseller. */
    void holdFor(String newOrderId, String newResellerId, Instant newExpiresAt, Instant now) {
        if (orderId != null && !orderId.equals(newOrderId)) {
            previousOrderId = orderId;
        }
        if (!Objects.equals(resellerId, newResellerId)) {
            retainedUntil = null;
        }
        resellerId = newResellerId;
        orderId = newOrderId;
        status = ClaimStatus.HELD;
        expiresAt = newExpiresAt;
        updatedAt = now;
    }

    /** The order executed: the hold no longer expires. Confirming twice changes nothing. */
    void confirm(Instant now) {
        if (status == ClaimStatus.HELD) {
            status = ClaimStatus.CONFIRMED;
            expiresAt = null;
            updatedAt = now;
        }
    }

    /** order-service says the order executed and its storefront is yet to come: checked again a day from now. */
    void stillAwaitingStorefront(Instant now) {
        updatedAt = now;
    }

    /** The reseller's storefront owns the alias now; any retention of it is over. */
    void bindTo(String ownerResellerId, String ownerOrderId, Instant now) {
        resellerId = ownerResellerId;
        orderId = ownerOrderId;
        status = ClaimStatus.BOUND;
        expiresAt = null;
        retainedUntil = null;
        updatedAt = now;
    }

    /** The storefront is suspended: the alias is kept for its reseller alone until {@code until}. */
    void retainUntil(Instant until, Instant now) {
        status = ClaimStatus.RETAINED;
        orderId = null;
        expiresAt = null;
        retainedUntil = until;
        updatedAt = now;
    }

    /**
     * Lets go of an order's hold.
     *
     * @return false when the row must be deleted; true when it stays as its reseller's retention
     */
    boolean releaseKeepingRetention(Instant now) {
        if (retainedUntil == null || !retainedUntil.isAfter(now)) {
            return false;
        }
        retainUntil(retainedUntil, now);
        return true;
    }
}
