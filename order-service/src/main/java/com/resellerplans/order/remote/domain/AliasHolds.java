package com.resellerplans.order.remote.domain;

import com.resellerplans.order.remote.domain.StorefrontAliasClient.AliasHoldRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Holds and confirms orders' aliases at storefront-alias-service, with the caller's token. A hold taken
 * inside a transaction is released again if that transaction does not commit, so an alias is never kept
 * for an order that does not exist. Releases are best effort: the service also expires and reconciles holds.
 */
@ApplicationScoped
public class AliasHolds {
    private static final Logger LOG = Logger.getLogger(AliasHolds.class);
    private static final String NEIGHBOUR = "storefront-alias-service";

    private final StorefrontAliasClient client;
    private final NeighbourAnswers answers;
    private final TransactionSynchronizationRegistry transactions;

    AliasHolds(@RestClient StorefrontAliasClient client, NeighbourAnswers answers,
            TransactionSynchronizationRegistry transactions) {
        this.client = client;
        this.answers = answers;
        this.transactions = transactions;
    }

    /**
     * Holds the alias for the order ({@code holdSeconds} null: as long as the order lives). Refusals
     * (ALIAS_TAKEN with suggestions, ALIAS_INVALID, ALIAS_RESERVED, ALIAS_HELD) pass through unchanged.
     */
    public AliasHold hold(UUID orderId, String resellerId, String alias, Integer holdSeconds, String bearerToken) {
        AliasHoldRequest request = new AliasHoldRequest(orderId, resellerId, alias, holdSeconds);
        return answers.call(NEIGHBOUR, () -> client.hold(request, bearer(bearerToken)), AliasHold.class);
    }

    /** Confirms the hold so it never expires; call inside the transaction that executes the order. */
    public AliasHold confirm(UUID orderId, String bearerToken) {
        return answers.call(NEIGHBOUR, () -> client.confirm(orderId, bearer(bearerToken)), AliasHold.class);
    }

    /** Releases the order's hold, confirmed or not, if the caller's transaction ends without committing. */
    public void releaseUnlessCommitted(UUID orderId, String bearerToken) {
        afterCompletion(committed -> {
            if (!committed) {
                releaseQuietly(orderId, true, bearerToken);
            }
        });
    }

    /** Releases a draft's unconfirmed hold once the caller's transaction (deleting the draft) commits. */
    public void releaseOnceCommitted(UUID orderId, String bearerToken) {
        afterCompletion(committed -> {
            if (committed) {
                releaseQuietly(orderId, false, bearerToken);
            }
        });
    }

    private void afterCompletion(Consumer<Boolean> whenCommittedOrNot) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                whenCommittedOrNot.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void releaseQuietly(UUID orderId, boolean force, String bearerToken) {
        try {
            answers.call(NEIGHBOUR, () -> client.release(orderId, force, bearer(bearerToken)), Void.class);
        } catch (RuntimeException e) {
            LOG.warnf("Could not release the alias hold of order %s (force=%s): %s; storefront-alias-service"
                    + " reconciles unbound holds", orderId, force, e.getMessage());
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
