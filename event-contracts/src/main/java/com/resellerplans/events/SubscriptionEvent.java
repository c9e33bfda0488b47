package com.resellerplans.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An event of one subscription's life, placed in its reseller's history by {@link #step()}. */
public interface SubscriptionEvent {
    String subscriptionId();

    long subscriptionNumber();

    long subscriptionVersion();

    ResellerSnapshot reseller();

    @JsonIgnore
    default SubscriptionStep step() {
        return new SubscriptionStep(subscriptionNumber(), subscriptionVersion());
    }
}
