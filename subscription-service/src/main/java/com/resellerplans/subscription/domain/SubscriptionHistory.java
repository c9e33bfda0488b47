package com.resellerplans.subscription.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One status or plan change of a subscription: who made it, through which channel, and when. */
@Entity
@Table(name = "subscription_history")
public class SubscriptionHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "subscription_id")
    private Subscription subscription;

    @Column(name = "distributor_id")
    private String distributorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private SubscriptionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private SubscriptionStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_plan")
    private Plan fromPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_plan")
    private Plan toPlan;

    private Instant at;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_role")
    private String actorRole;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "order_id")
    private String orderId;

    protected SubscriptionHistory() {}

    SubscriptionHistory(Subscription subscription, SubscriptionStatus fromStatus, Plan fromPlan, Change change) {
        this.subscription = subscription;
        this.distributorId = subscription.distributorId();
        this.fromStatus = fromStatus;
        this.toStatus = subscription.status();
        this.fromPlan = fromPlan;
        this.toPlan = subscription.plan();
        this.at = change.at();
        this.actorSubject = change.actor().subject();
        this.actorRole = change.actor().role();
        this.channel = change.channel();
        this.orderId = change.orderId();
    }

    public Actor actor() {
        return new Actor(actorSubject, actorRole);
    }

    public Long id() {
        return id;
    }

    /** Null for the first entry. */
    public SubscriptionStatus fromStatus() {
        return fromStatus;
    }

    public SubscriptionStatus toStatus() {
        return toStatus;
    }

    public Plan fromPlan() {
        return fromPlan;
    }

    public Plan toPlan() {
        return toPlan;
    }

    public Instant at() {
        return at;
    }

    public Channel channel() {
        return channel;
    }

    /** The order that caused the change; null for other changes. */
    public String orderId() {
        return orderId;
    }
}
