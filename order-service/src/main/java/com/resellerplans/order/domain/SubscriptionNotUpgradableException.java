package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/**
 * An upgrade named a subscription order-service does not know as a reseller's current one
 * ({@code SUBSCRIPTION_NOT_FOUND}), or one that is not an active FREE subscription.
 */
public class SubscriptionNotUpgradableException extends DomainException {
    SubscriptionNotUpgradableException(Refusal refusal, String subscriptionId) {
        super(
                refusal,
                refusal == Refusal.NOT_FOUND ? "SUBSCRIPTION_NOT_FOUND" : "SUBSCRIPTION_NOT_UPGRADABLE",
                refusal == Refusal.NOT_FOUND
                        ? "There is no subscription " + subscriptionId + "."
                        : "Only an active Free subscription can be upgraded; " + subscriptionId + " is not one.");
    }
}
