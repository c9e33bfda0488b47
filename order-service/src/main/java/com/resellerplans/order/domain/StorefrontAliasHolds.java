package com.resellerplans.order.domain;

import java.util.UUID;

/**
 * What an order asks of storefront-alias-service: its alias held and confirmed, and released again when the
 * order does not come to be. Refusals (ALIAS_TAKEN with suggestions, ALIAS_INVALID, ALIAS_RESERVED,
 * ALIAS_HELD, ALIAS_HOLD_EXPIRED) arrive as {@link NeighbourRefusedException}, no answer as
 * {@link DependencyUnavailableException}.
 */
public interface StorefrontAliasHolds {

    /** Holds the alias for the order ({@code holdSeconds} null: as long as the order lives). */
    AliasHold hold(UUID orderId, String resellerId, String alias, Integer holdSeconds);

    /** Holds the alias for the order and confirms it in one call; call inside the transaction that executes it. */
    AliasHold holdConfirmed(UUID orderId, String resellerId, String alias);

    /** Confirms the hold so it never expires; call inside the transaction that executes the order. */
    AliasHold confirm(UUID orderId);

    /** Releases the order's hold, confirmed or not, if the current transaction ends without committing. */
    void releaseUnlessCommitted(UUID orderId);

    /** Releases a draft's unconfirmed hold once the current transaction (deleting the draft) commits. */
    void releaseOnceCommitted(UUID orderId);
}
