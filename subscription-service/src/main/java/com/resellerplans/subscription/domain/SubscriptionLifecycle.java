package com.resellerplans.subscription.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.OrderExecuted;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.SubscriptionChangeRejected;
import com.resellerplans.events.SubscriptionUpgraded;
import com.resellerplans.events.Tier;
import com.resellerplans.outbox.DueQuery;
import com.resellerplans.outbox.DueRows;
import com.resellerplans.outbox.Outbox;
import com.resellerplans.outbox.Sweep;
import com.resellerplans.subscription.reseller.domain.Reseller;
import com.resellerplans.subscription.reseller.domain.ResellerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies every change of a subscription's life — executed orders, cancellations, the due ones the
 * scheduler finds — and publishes its event through the outbox in the same transaction.
 */
@ApplicationScoped
public class SubscriptionLifecycle {
    private static final Logger LOG = Logger.getLogger(SubscriptionLifecycle.class);
    private static final String DUE_CANCELLATIONS = """
            SELECT * FROM subscription WHERE status = 'PENDING_CANCELLATION' AND effective_cancellation_at <= :now
            ORDER BY effective_cancellation_at, id""";

    private final Subscriptions subscriptions;
    private final ResellerDirectory directory;
    private final SubscriptionSetup setup;
    private final SubscriptionConfig config;
    private final Outbox outbox;
    private final DueRows dueRows;
    private final EntityManager entityManager;
    private final Clock clock;

    SubscriptionLifecycle(
            Subscriptions subscriptions,
            ResellerDirectory directory,
            SubscriptionSetup setup,
            SubscriptionConfig config,
            Outbox outbox,
            DueRows dueRows,
            EntityManager entityManager,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.directory = directory;
        this.setup = setup;
        this.config = config;
        this.outbox = outbox;
        this.dueRows = dueRows;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Applies an executed order: NEW activates a subscription, UPGRADE moves one to STANDARD. A change that
     * no longer applies (the order arrived late) is answered with {@code subscription.change-rejected.v1}; an order
     * applied already changes nothing (rejecting it would take back a change that happened).
     */
    @Transactional
    public void applyExecutedOrder(OrderExecuted order) {
        // an order has one event (at its version when executed): applied once, it is late whenever it comes again
        if (subscriptions.recordsOrder(order.reseller().distributorId(), order.orderId())) {
            LOG.infof("Order %s was applied already; ignored", order.orderId());
            return;
        }
        Change change = new Change(order.actor(), order.channel(), Instant.now(clock), order.orderId());
        Reseller reseller = directory.findOrRegister(order.reseller());
        try {
            switch (order.kind()) {
                case NEW -> activate(order, reseller, change);
                case UPGRADE -> upgrade(order, reseller, change);
            }
        } catch (SubscriptionStateException | SubscriptionNotFoundException refused) {
            reject(order, refused.code(), refused.getMessage());
        }
    }

    /** An operator's or a reseller's cancellation; without a policy, the distributor's default applies. */
    @Transactional
    public Subscription requestCancellation(
            Viewer viewer, String id, Optional<CancellationPolicy> policy, Actor actor, Channel channel) {
        Subscription subscription =
                subscriptions.visibleTo(viewer, id).orElseThrow(() -> new SubscriptionNotFoundException(id));
        Change change = Change.by(actor, channel, Instant.now(clock));
        subscription.requestCancellation(
                policy.orElseGet(() -> setup.defaultCancellationPolicy(viewer.distributorId())), change);
        entityManager.flush();
        if (subscription.status() == SubscriptionStatus.CANCELLED) {
            publishCancelled(subscription, change);
        } else {
            outbox.publish(
                    Contracts.SUBSCRIPTION_CANCELLATION_REQUESTED,
                    resellerKey(subscription),
                    new SubscriptionCancellationRequested(
                            subscription.id().toString(),
                            subscription.version(),
                            subscription.number(),
                            subscription.reseller().snapshot(),
                            subscription.plan(),
                            subscription.effectiveCancellationAt(),
                            actor,
                            channel,
                            change.at()));
        }
        return subscription;
    }

    /** Cancels pending subscriptions whose effective time has come, one batch per call; answers how many. */
    public int cancelDue() {
        Instant now = Instant.now(clock);
        DueQuery<Subscription> pending = new DueQuery<>(Subscription.class, DUE_CANCELLATIONS, Map.of("now", now));
        return dueRows.claim(pending, config.cancellationSweepBatchSize(), due -> {
            for (Subscription subscription : due) {
                subscription.cancelIfDue(now);
            }
            entityManager.flush();
            due.forEach(subscription -> publishCancelled(subscription, Change.byScheduler(subscription.cancelledAt())));
        });
    }

    /** One tick of the cancellation sweep: batches of {@link #cancelDue} as {@link Sweep} says; answers how many. */
    public int cancelAllDue(Duration budget) {
        return Sweep.run(this::cancelDue, config.cancellationSweepBatchSize(), budget);
    }

    private void activate(OrderExecuted order, Reseller reseller, Change change) {
        Optional<Subscription> live = subscriptions.liveOf(reseller);
        if (live.isPresent()) {
            throw new ResellerAlreadySubscribedException(
                    reseller.id(), live.get().id());
        }
        Subscription subscription =
                Subscription.activate(reseller, order.plan(), order.storefrontAlias(), change, config.termLength());
        subscriptions.persist(subscription);
        entityManager.flush();
        outbox.publish(
                Contracts.SUBSCRIPTION_ACTIVATED,
                resellerKey(subscription),
                new SubscriptionActivated(
                        subscription.id().toString(),
                        subscription.version(),
                        subscription.number(),
                        order.reseller(),
                        subscription.plan(),
                        subscription.storefrontAlias(),
                        order.orderId(),
                        subscription.startedAt(),
                        subscription.termEndsAt()));
    }

    private void upgrade(OrderExecuted order, Reseller reseller, Change change) {
        Subscription subscription = subscriptionToUpgrade(order, reseller)
                .orElseThrow(() -> new SubscriptionNotFoundException(order.subscriptionId()));
        var from = subscription.plan();
        subscription.upgrade(order.plan(), change);
        entityManager.flush();
        outbox.publish(
                Contracts.SUBSCRIPTION_UPGRADED,
                resellerKey(subscription),
                new SubscriptionUpgraded(
                        subscription.id().toString(),
                        subscription.version(),
                        subscription.number(),
                        reseller.snapshot(),
                        from,
                        subscription.plan(),
                        subscription.storefrontAlias(),
                        order.orderId(),
                        change.at()));
    }

    /**
     * The subscription the upgrade names; an upgrade order-service executed before it learnt the reseller's
     * subscription id names none, and then means the reseller's live subscription.
     */
    private Optional<Subscription> subscriptionToUpgrade(OrderExecuted order, Reseller reseller) {
        if (order.subscriptionId() == null) {
            return subscriptions.liveOf(reseller);
        }
        return subscriptions.visibleTo(
                Viewer.reseller(reseller.distributorId(), reseller.id().toString()), order.subscriptionId());
    }

    private void reject(OrderExecuted order, String code, String reason) {
        LOG.infof("Order %s rejected: %s", order.orderId(), reason);
        outbox.publish(
                Contracts.SUBSCRIPTION_CHANGE_REJECTED,
                order.reseller().id(),
                new SubscriptionChangeRejected(
                        order.orderId(),
                        order.subscriptionId(),
                        order.reseller().id(),
                        order.reseller().distributorId(),
                        code,
                        reason,
                        Instant.now(clock)));
    }

    private void publishCancelled(Subscription subscription, Change change) {
        outbox.publish(
                Contracts.SUBSCRIPTION_CANCELLED,
                resellerKey(subscription),
                new SubscriptionCancelled(
                        subscription.id().toString(),
                        subscription.version(),
                        subscription.number(),
                        subscription.reseller().snapshot(),
                        subscription.plan(),
                        Tier.BASIC,
                        subscription.cancelledAt(),
                        change.actor(),
                        change.channel()));
    }

    private static String resellerKey(Subscription subscription) {
        return subscription.reseller().id().toString();
    }
}
