package com.resellerplans.subscription.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.Plan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
public class SubscriptionHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "subscription_id")
    Subscription subscription;
    @Column(name = "distributor_id")
    public String distributorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SubscriptionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public SubscriptionStatus toStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_plan")
    public Plan fromPlan;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_plan")
    public Plan toPlan;
    public Instant at;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_role")
    public String actorRole;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "order_id")
    public String orderId;

    protected SubscriptionHistory() {
    }

    SubscriptionHistory(Subscription subscription, SubscriptionStatus fromStatus, Plan fromPlan, Change change) {
        this.subscription = subscription;
        this.distributorId = subscription.distributorId;
        this.fromStatus = fromStatus;
        this.toStatus = subscription.status;
        this.fromPlan = fromPlan;
        this.toPlan = subscription.plan;
        this.at = change.at();
        this.actorSubject = change.actor().subject();
        this.actorRole = change.actor().role();
        this.channel = change.channel();
        this.orderId = change.orderId();
    }

    /** Whether a change of the distributor's subscriptions applied this order. */
    static boolean recordsOrder(String distributorId, String orderId) {
        return count("distributorId = ?1 and orderId = ?2", distributorId, orderId) > 0;
    }

    public Actor actor() {
        return new Actor(actorSubject, actorRole);
    }
}
