package com.resellerplans.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type the suite publishes. The subscription events are at {@code v2}: they added {@code
 * subscriptionNumber}, which orders a reseller's events across its subscriptions; their {@code v1} records (no
 * number, read as 0: older than any {@code v2}) are still consumed.
 */
public final class Contracts {
    public static final EventContract<OrderExecuted> ORDER_EXECUTED =
            new EventContract<>("order.executed.v1", Topics.ORDERS, OrderExecuted.class);
    public static final EventContract<ResellerRegistered> RESELLER_REGISTERED =
            new EventContract<>("reseller.registered.v1", Topics.SUBSCRIPTIONS, ResellerRegistered.class);
    public static final EventContract<SubscriptionActivated> SUBSCRIPTION_ACTIVATED = new EventContract<>(
            "subscription.activated.v2",
            Topics.SUBSCRIPTIONS,
            SubscriptionActivated.class,
            "subscription.activated.v1");
    public static final EventContract<SubscriptionUpgraded> SUBSCRIPTION_UPGRADED = new EventContract<>(
            "subscription.upgraded.v2", Topics.SUBSCRIPTIONS, SubscriptionUpgraded.class, "subscription.upgraded.v1");
    public static final EventContract<SubscriptionCancellationRequested> SUBSCRIPTION_CANCELLATION_REQUESTED =
            new EventContract<>(
                    "subscription.cancellation-requested.v2",
                    Topics.SUBSCRIPTIONS,
                    SubscriptionCancellationRequested.class,
                    "subscription.cancellation-requested.v1");
    public static final EventContract<SubscriptionCancelled> SUBSCRIPTION_CANCELLED = new EventContract<>(
            "subscription.cancelled.v2",
            Topics.SUBSCRIPTIONS,
            SubscriptionCancelled.class,
            "subscription.cancelled.v1");
    public static final EventContract<SubscriptionChangeRejected> SUBSCRIPTION_CHANGE_REJECTED = new EventContract<>(
            "subscription.change-rejected.v1", Topics.SUBSCRIPTIONS, SubscriptionChangeRejected.class);
    public static final EventContract<StorefrontActivated> STOREFRONT_ACTIVATED =
            new EventContract<>("storefront.activated.v1", Topics.STOREFRONTS, StorefrontActivated.class);
    public static final EventContract<StorefrontSuspended> STOREFRONT_SUSPENDED =
            new EventContract<>("storefront.suspended.v1", Topics.STOREFRONTS, StorefrontSuspended.class);
    public static final EventContract<StorefrontPurged> STOREFRONT_PURGED =
            new EventContract<>("storefront.purged.v1", Topics.STOREFRONTS, StorefrontPurged.class);

    public static final List<EventContract<?>> ALL = List.of(
            ORDER_EXECUTED,
            RESELLER_REGISTERED,
            SUBSCRIPTION_ACTIVATED,
            SUBSCRIPTION_UPGRADED,
            SUBSCRIPTION_CANCELLATION_REQUESTED,
            SUBSCRIPTION_CANCELLED,
            SUBSCRIPTION_CHANGE_REJECTED,
            STOREFRONT_ACTIVATED,
            STOREFRONT_SUSPENDED,
            STOREFRONT_PURGED);

    private static final Map<String, EventContract<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventContract::type, Function.identity()));

    private Contracts() {}

    public static Optional<EventContract<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
