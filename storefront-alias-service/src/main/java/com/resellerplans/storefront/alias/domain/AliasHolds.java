package com.resellerplans.storefront.alias.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Orders' holds on aliases and the storefronts' ownership of them. Every change locks the alias's one claim
 * row, so two callers can never both get the same alias.
 */
@ApplicationScoped
public class AliasHolds {
    private static final Logger LOG = Logger.getLogger(AliasHolds.class);
    private final AliasClaims claims;
    private final AliasAvailability availability;
    private final OrderLedger ledger;
    private final Clock clock;

    AliasHolds(AliasClaims claims, AliasAvailability availability, OrderLedger ledger, Clock clock) {
        this.claims = claims;
        this.availability = availability;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Holds the alias for the order, moving the order's earlier hold if it named another alias. A refusal
     * leaves everything as it was, the earlier hold included.
     *
     * @param callerResellerId the reseller of a reseller token, which may hold for itself only; null for an operator
     * @param holdSeconds      null holds for as long as the order lives
     */
    @Transactional
    public AliasClaim hold(
            String distributorId,
            String callerResellerId,
            String orderId,
            String resellerId,
            String input,
            Integer holdSeconds) {
        if (callerResellerId != null && !callerResellerId.equals(resellerId)) {
            throw new ResellerMismatchException();
        }
        Alias alias = Alias.parse(input);
        Instant now = clock.instant();
        Instant expiresAt = holdSeconds == null ? null : now.plusSeconds(holdSeconds);
        Optional<AliasClaim> earlier = claims.lockedByOrder(distributorId, orderId);
        if (earlier.isPresent() && !earlier.get().isHeld()) {
            if (earlier.get().isOn(alias)) {
                return earlier.get();
            }
            throw new AliasHoldConfirmedException(orderId);
        }
        earlier.filter(claim -> !claim.isOn(alias)).ifPresent(claim -> {
            release(claim, now);
            claims.flush();
        });
        AliasClaim claim = claims.lockOrInsert(
                AliasClaim.of(distributorId, alias, resellerId, orderId, ClaimStatus.HELD, expiresAt, now));
        switch (standingOf(claim, orderId, resellerId, now)) {
            case FREE -> claim.holdFor(orderId, resellerId, expiresAt, now);
            case TAKEN ->
                throw new AliasTakenException(alias, availability.suggestionsFor(distributorId, resellerId, alias));
            case RETAINED_FOR_OTHER ->
                throw new AliasHeldException(alias, availability.suggestionsFor(distributorId, resellerId, alias));
        }
        return claim;
    }

    /**
     * How the alias stands for the reseller's order. The reseller's own confirmed hold of another order counts as
     * free once order-service says that order never executed: a checkout that confirmed its hold and then failed
     * to commit (its process killed, its release lost) runs again under a new order id and must get its alias
     * back at once, not after the reconciliation. Only the reseller's own orders may: order-service holds the
     * reseller's position lock around every hold it asks for and from a confirmation to its commit, so the earlier
     * order cannot still be committing while the next one asks.
     */
    private Standing standingOf(AliasClaim claim, String orderId, String resellerId, Instant now) {
        Standing standing = claim.standingFor(resellerId, now);
        if (standing == Standing.TAKEN
                && claim.isConfirmedForAnotherOrderOf(resellerId, orderId)
                && ledger.outcomeOf(claim.distributorId(), claim.orderId()) == OrderOutcome.NOT_EXECUTED) {
            LOG.infof(
                    "Alias %s was confirmed for order %s of reseller %s, which never executed; it goes to order %s",
                    claim.alias(), claim.orderId(), resellerId, orderId);
            return Standing.FREE;
        }
        return standing;
    }

    /**
     * Holds the alias and confirms it at once, for an order that executes in the caller's transaction (a checkout):
     * one call instead of a hold and a confirmation. Asking again answers the same.
     */
    @Transactional
    public AliasClaim holdConfirmed(
            String distributorId, String callerResellerId, String orderId, String resellerId, String input) {
        AliasClaim claim = hold(distributorId, callerResellerId, orderId, resellerId, input, null);
        claim.confirm(clock.instant());
        return claim;
    }

    /** The order executed: its hold never expires from now on. Confirming again answers the same. */
    @Transactional
    public AliasClaim confirm(String distributorId, String orderId, String callerResellerId) {
        AliasClaim claim = claims.lockedByOrder(distributorId, orderId)
                .filter(held -> held.isVisibleTo(callerResellerId))
                .orElseThrow(() -> claims.takenOverFrom(distributorId, orderId)
                        .<RuntimeException>map(taken -> new AliasHoldExpiredException(orderId, taken.alias()))
                        .orElseGet(() -> new AliasHoldNotFoundException(orderId)));
        claim.confirm(clock.instant());
        return claim;
    }

    /**
     * Lets go of the order's hold; releasing what is not held changes nothing. A confirmed hold is only
     * released with {@code force} (the order's commit failed after confirming); a bound alias never is.
     */
    @Transactional
    public void release(String distributorId, String orderId, String callerResellerId, boolean force) {
        Optional<AliasClaim> held =
                claims.lockedByOrder(distributorId, orderId).filter(claim -> claim.isVisibleTo(callerResellerId));
        if (held.isEmpty() || held.get().isBound()) {
            return;
        }
        if (held.get().isConfirmed() && !force) {
            throw new AliasHoldConfirmedException(orderId);
        }
        release(held.get(), clock.instant());
    }

    /**
     * Makes the reseller's storefront the owner of the alias, whatever hold its order had on it: the alias was
     * confirmed before the order executed, so only a claim of that order or reseller, or none, can be found.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(String distributorId, Alias alias, String resellerId, String orderId) {
        Instant now = clock.instant();
        AliasClaim claim = claims.lockOrInsert(
                AliasClaim.of(distributorId, alias, resellerId, orderId, ClaimStatus.BOUND, null, now));
        if (!claim.isBindableFor(resellerId, orderId, now)) {
            throw new AliasTakenException(alias, List.of());
        }
        claim.bindTo(resellerId, orderId, now);
    }

    /** The reseller's storefront is suspended: its alias is kept for it alone until {@code until}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retain(String distributorId, String alias, String resellerId, Instant until) {
        claims.lockedByAlias(distributorId, alias)
                .filter(claim -> claim.isOf(resellerId))
                .ifPresent(claim -> claim.retainUntil(until, clock.instant()));
    }

    /** The reseller's retained storefront is purged: its alias is free for anyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String distributorId, String alias, String resellerId) {
        claims.lockedByAlias(distributorId, alias)
                .filter(claim -> claim.isRetainedFor(resellerId))
                .ifPresent(claims::delete);
    }

    /** Confirmed holds no storefront has taken since {@code before}, for the reconciliation. */
    @Transactional
    public List<AliasClaim> confirmedUnboundSince(Instant before, AliasClaim afterOrNull, int limit) {
        return claims.confirmedUnchangedSince(before, afterOrNull, limit);
    }

    /** The order executed: its confirmed hold stays until the storefront binds it. */
    @Transactional
    public void keepConfirmed(String distributorId, String orderId) {
        claims.lockedByOrder(distributorId, orderId)
                .filter(AliasClaim::isConfirmed)
                .ifPresent(claim -> claim.stillAwaitingStorefront(clock.instant()));
    }

    /**
     * The order never executed: its confirmed hold is let go (kept only as its reseller's retention, if any).
     *
     * @return whether a hold was freed; false when the storefront bound it meanwhile
     */
    @Transactional
    public boolean freeUnexecuted(String distributorId, String orderId) {
        Optional<AliasClaim> confirmed =
                claims.lockedByOrder(distributorId, orderId).filter(AliasClaim::isConfirmed);
        confirmed.ifPresent(claim -> release(claim, clock.instant()));
        return confirmed.isPresent();
    }

    private void release(AliasClaim claim, Instant now) {
        if (!claim.releaseKeepingRetention(now)) {
            claims.delete(claim);
        }
    }
}
