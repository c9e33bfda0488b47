package com.resellerplans.subscription.domain;

import com.resellerplans.events.Plan;
import com.resellerplans.subscription.reseller.domain.Reseller;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reseller's subscription to a plan: ACTIVE from its order's execution, optionally PENDING_CANCELLATION
 * until its term ends, then CANCELLED for good. Every change is a verb that checks the state first and
 * records a history row; {@link #allowedActions(Viewer)} offers exactly what those verbs would accept.
 */
@Entity
@Table(name = "subscription")
public class Subscription {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;
    // what the views and events show of the reseller comes with every subscription read
    // the reseller's n-th subscription: with the version, it orders the reseller's subscription events
    private int number;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "reseller_id")
    private Reseller reseller;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;

    @Column(name = "storefront_alias")
    private String storefrontAlias;

    @Column(name = "storefront_url")
    private String storefrontUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "storefront_status")
    private StorefrontStatus storefrontStatus;

    @Column(name = "storefront_id")
    private String storefrontId;

    @Column(name = "storefront_version")
    private Long storefrontVersion;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "term_anchor_day")
    private int termAnchorDay;
    // null: terms are calendar months from the anchor day; set: every term lasts this many seconds
    @Column(name = "term_length_seconds")
    private Long termLengthSeconds;

    @Column(name = "term_ends_at")
    private Instant termEndsAt;

    @Column(name = "effective_cancellation_at")
    private Instant effectiveCancellationAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<SubscriptionHistory> history = new ArrayList<>();

    protected Subscription() {}

    /**
     * A new ACTIVE subscription of the reseller, whose tier it sets; its first term starts now and lasts a
     * calendar month, or {@code fixedTermLength} when one is given (a shortened deployment).
     */
    public static Subscription activate(
            Reseller reseller, Plan plan, String storefrontAlias, Change change, Optional<Duration> fixedTermLength) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.distributorId = reseller.distributorId();
        subscription.reseller = reseller;
        subscription.number = reseller.startSubscription();
        subscription.plan = plan;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.storefrontAlias = storefrontAlias;
        MonthlyTerm term = MonthlyTerm.startingAt(change.at());
        subscription.startedAt = term.startedAt();
        subscription.termAnchorDay = term.anchorDay();
        subscription.termLengthSeconds =
                fixedTermLength.map(Duration::toSeconds).orElse(null);
        subscription.termEndsAt = subscription.term().endOfTermAt(change.at());
        subscription.orderId = change.orderId();
        subscription.createdAt = change.at();
        subscription.history.add(new SubscriptionHistory(subscription, null, null, change));
        reseller.enterPlan(plan, subscription.id);
        return subscription;
    }

    /** Moves an ACTIVE subscription to a higher plan: same id, same term, same storefront. */
    public void upgrade(Plan to, Change change) {
        refuseUnlessActive();
        if (plan == to || to == Plan.FREE) {
            throw new PlanChangeNotAllowedException(id, plan, to);
        }
        Plan from = plan;
        plan = to;
        reseller.enterPlan(to, id);
        history.add(new SubscriptionHistory(this, status, from, change));
    }

    /**
     * Cancels by the policy: IMMEDIATE at once (also bringing a pending one forward), END_OF_TERM when the
     * current term ends.
     */
    public void requestCancellation(CancellationPolicy policy, Change change) {
        if (policy == CancellationPolicy.IMMEDIATE) {
            cancelNow(change);
            return;
        }
        if (status == SubscriptionStatus.CANCELLED) {
            throw new SubscriptionCancelledException(id);
        }
        if (status == SubscriptionStatus.PENDING_CANCELLATION) {
            throw new CancellationAlreadyRequestedException(id);
        }
        effectiveCancellationAt = term().endOfTermAt(change.at());
        termEndsAt = effectiveCancellationAt;
        moveTo(SubscriptionStatus.PENDING_CANCELLATION, change);
    }

    /** Cancelled at once; the reseller is back on BASIC. */
    public void cancelNow(Change change) {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new SubscriptionCancelledException(id);
        }
        effectiveCancellationAt = change.at();
        cancel(change);
    }

    /** The scheduler's verb: a pending cancellation whose time has come takes effect at that time. */
    public void cancelIfDue(Instant now) {
        if (status != SubscriptionStatus.PENDING_CANCELLATION || effectiveCancellationAt.isAfter(now)) {
            return;
        }
        cancel(Change.byScheduler(effectiveCancellationAt));
    }

    private void cancel(Change change) {
        cancelledAt = change.at();
        termEndsAt = change.at();
        reseller.leavePlan(id);
        moveTo(SubscriptionStatus.CANCELLED, change);
    }

    /** What the viewer may do now; the same rules as the verbs, so a menu never offers a refused action. */
    public List<SubscriptionAction> allowedActions(Viewer viewer) {
        return switch (status) {
            case ACTIVE ->
                plan == Plan.FREE
                        ? List.of(SubscriptionAction.UPGRADE, SubscriptionAction.CANCEL)
                        : List.of(SubscriptionAction.CANCEL);
            // only an operator may still bring a pending cancellation forward (IMMEDIATE)
            case PENDING_CANCELLATION -> viewer.isOperator() ? List.of(SubscriptionAction.CANCEL) : List.of();
            case CANCELLED -> List.of();
        };
    }

    /** When the current term ends: the next renewal while ACTIVE, the effective cancellation afterwards. */
    public Instant termEndsAt(Instant now) {
        return status == SubscriptionStatus.ACTIVE ? term().endOfTermAt(now) : termEndsAt;
    }

    /** storefront-alias-service activated (or reactivated) this subscription's storefront. */
    public void storefrontActivated(String eventStorefrontId, long eventStorefrontVersion, String alias, String url) {
        if (!storefrontAdvancesTo(eventStorefrontId, eventStorefrontVersion)) {
            return;
        }
        storefrontAlias = alias;
        storefrontUrl = url;
        storefrontStatus = StorefrontStatus.ACTIVE;
    }

    /** The storefront refuses sign-in and keeps its data for the retention period. */
    public void storefrontSuspended(String eventStorefrontId, long eventStorefrontVersion, String url) {
        if (!storefrontAdvancesTo(eventStorefrontId, eventStorefrontVersion)) {
            return;
        }
        storefrontUrl = url;
        storefrontStatus = StorefrontStatus.SUSPENDED;
    }

    /** A purge names the alias only: one of another storefront than the one this subscription follows is not its. */
    public void storefrontPurged(String eventStorefrontId, long eventStorefrontVersion) {
        if (storefrontId != null && !storefrontId.equals(eventStorefrontId)
                || !storefrontAdvancesTo(eventStorefrontId, eventStorefrontVersion)) {
            return;
        }
        storefrontStatus = StorefrontStatus.PURGED;
    }

    /**
     * Whether a storefront event is after the last one applied, recording it if so. Only the events of one
     * storefront are ordered (by its version); one of a storefront not followed yet is always applied.
     */
    private boolean storefrontAdvancesTo(String eventStorefrontId, long eventStorefrontVersion) {
        if (eventStorefrontId.equals(storefrontId) && eventStorefrontVersion <= storefrontVersion) {
            return false;
        }
        storefrontId = eventStorefrontId;
        storefrontVersion = eventStorefrontVersion;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String distributorId() {
        return distributorId;
    }

    /** The reseller's n-th subscription: with the version, it orders the reseller's subscription events. */
    public int number() {
        return number;
    }

    public Reseller reseller() {
        return reseller;
    }

    public Plan plan() {
        return plan;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public String storefrontAlias() {
        return storefrontAlias;
    }

    public String storefrontUrl() {
        return storefrontUrl;
    }

    public StorefrontStatus storefrontStatus() {
        return storefrontStatus;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the current term ends as of the last change; {@link #termEndsAt(Instant)} is what a viewer sees. */
    public Instant termEndsAt() {
        return termEndsAt;
    }

    public Instant effectiveCancellationAt() {
        return effectiveCancellationAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** The order that started it. */
    public String orderId() {
        return orderId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The version its events carry. */
    public long version() {
        return version;
    }

    public List<SubscriptionHistory> history() {
        return Collections.unmodifiableList(history);
    }

    private Term term() {
        return termLengthSeconds == null
                ? new MonthlyTerm(startedAt, termAnchorDay)
                : new FixedTerm(startedAt, Duration.ofSeconds(termLengthSeconds));
    }

    private void refuseUnlessActive() {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new SubscriptionCancelledException(id);
        }
        if (status == SubscriptionStatus.PENDING_CANCELLATION) {
            throw new SubscriptionPendingCancellationException(id);
        }
    }

    private void moveTo(SubscriptionStatus to, Change change) {
        SubscriptionStatus from = status;
        status = to;
        history.add(new SubscriptionHistory(this, from, plan, change));
    }
}
