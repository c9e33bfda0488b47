package com.resellerplans.order.client;

import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.order.domain.SubscriptionLookups;
import com.resellerplans.order.domain.SubscriptionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Resellers and subscriptions asked of subscription-service's internal API. */
@ApplicationScoped
class HttpSubscriptionLookups implements SubscriptionLookups {
    private final SubscriptionServiceClient client;
    private final NeighbourCalls calls;

    HttpSubscriptionLookups(@RestClient SubscriptionServiceClient client, NeighbourCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public ResellerSnapshot reseller(String resellerId) {
        return calls.call(SubscriptionServiceClient.NAME, () -> client.reseller(resellerId))
                .snapshot();
    }

    @Override
    public SubscriptionRecord subscription(String subscriptionId) {
        return calls.call(SubscriptionServiceClient.NAME, () -> client.subscription(subscriptionId));
    }
}
