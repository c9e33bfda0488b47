package com.resellerplans.order.client;

import com.resellerplans.order.client.StorefrontAliasClient.AliasHoldRequest;
import com.resellerplans.order.domain.AliasHold;
import com.resellerplans.order.domain.StorefrontAliasHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The orders' alias holds at storefront-alias-service. A release waits for the end of the caller's transaction;
 * releases are best effort: the service also expires and reconciles holds.
 */
@ApplicationScoped
class HttpStorefrontAliasHolds implements StorefrontAliasHolds {
    private static final Logger LOG = Logger.getLogger(HttpStorefrontAliasHolds.class);

    private final StorefrontAliasClient client;
    private final NeighbourCalls calls;
    private final TransactionSynchronizationRegistry transactions;

    HttpStorefrontAliasHolds(
            @RestClient StorefrontAliasClient client,
            NeighbourCalls calls,
            TransactionSynchronizationRegistry transactions) {
        this.client = client;
        this.calls = calls;
        this.transactions = transactions;
    }

    @Override
    public AliasHold hold(UUID orderId, String resellerId, String alias, Integer holdSeconds) {
        return hold(new AliasHoldRequest(orderId, resellerId, alias, holdSeconds, false));
    }

    @Override
    public AliasHold holdConfirmed(UUID orderId, String resellerId, String alias) {
        return hold(new AliasHoldRequest(orderId, resellerId, alias, null, true));
    }

    private AliasHold hold(AliasHoldRequest request) {
        return calls.call(StorefrontAliasClient.NAME, () -> client.hold(request));
    }

    @Override
    public AliasHold confirm(UUID orderId) {
        return calls.call(StorefrontAliasClient.NAME, () -> client.confirm(orderId));
    }

    @Override
    public void releaseUnlessCommitted(UUID orderId) {
        afterCompletion(committed -> {
            if (!committed) {
                releaseQuietly(orderId, true);
            }
        });
    }

    @Override
    public void releaseOnceCommitted(UUID orderId) {
        afterCompletion(committed -> {
            if (committed) {
                releaseQuietly(orderId, false);
            }
        });
    }

    private void afterCompletion(Consumer<Boolean> whenCommittedOrNot) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                whenCommittedOrNot.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private void releaseQuietly(UUID orderId, boolean force) {
        try {
            calls.call(StorefrontAliasClient.NAME, () -> {
                client.release(orderId, force);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Could not release the alias hold of order %s (force=%s): %s; storefront-alias-service"
                            + " reconciles unbound holds",
                    orderId, force, e.getMessage());
        }
    }
}
