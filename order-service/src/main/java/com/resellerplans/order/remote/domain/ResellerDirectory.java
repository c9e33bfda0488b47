package com.resellerplans.order.remote.domain;

import com.resellerplans.events.ResellerSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Who a reseller is, asked of subscription-service with the caller's token when an order executes; and a
 * subscription that order-service's own view (built from events) does not know yet.
 */
@ApplicationScoped
public class ResellerDirectory {
    private static final String NEIGHBOUR = "subscription-service";

    private final SubscriptionServiceClient client;
    private final NeighbourAnswers answers;

    ResellerDirectory(@RestClient SubscriptionServiceClient client, NeighbourAnswers answers) {
        this.client = client;
        this.answers = answers;
    }

    /** The reseller's snapshot for events; {@code RESELLER_NOT_FOUND} passes through as it came. */
    public ResellerSnapshot snapshot(String resellerId, String bearerToken) {
        return answers.call(NEIGHBOUR, () -> client.reseller(resellerId, "Bearer " + bearerToken),
                ResellerRecord.class).snapshot();
    }

    /**
     * The subscription as subscription-service holds it now; {@code SUBSCRIPTION_NOT_FOUND} (also another
     * distributor's) passes through as it came.
     */
    public SubscriptionRecord subscription(String subscriptionId, String bearerToken) {
        return answers.call(NEIGHBOUR, () -> client.subscription(subscriptionId, "Bearer " + bearerToken),
                SubscriptionRecord.class);
    }
}
