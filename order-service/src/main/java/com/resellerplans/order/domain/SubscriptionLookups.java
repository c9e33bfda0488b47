package com.resellerplans.order.domain;

import com.resellerplans.events.ResellerSnapshot;

/**
 * What an order asks of subscription-service: who a reseller is when {@link KnownResellers} does not hold it yet,
 * and a subscription
 * that order-service's own view (built from events) does not know yet. Refusals arrive as
 * {@link NeighbourRefusedException} with the code subscription-service gave, no answer as
 * {@link DependencyUnavailableException}.
 */
public interface SubscriptionLookups {

    /** The reseller's snapshot for events; {@code RESELLER_NOT_FOUND} if the directory does not know it. */
    ResellerSnapshot reseller(String resellerId);

    /** The subscription as subscription-service holds it now; another distributor's is SUBSCRIPTION_NOT_FOUND. */
    SubscriptionRecord subscription(String subscriptionId);
}
