package com.resellerplans.order.plan.domain;

import com.resellerplans.events.Plan;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A product of the platform's "Reseller Plans" page; ordering it moves a reseller onto its plan. Only migrations
 * write the catalogue, so each instance keeps the products it has read (a basket item and a checkout each look
 * one up).
 */
@Entity
@Cacheable
@Immutable
@Table(name = "plan_product")
public class PlanProduct {
    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    private String name;

    private String description;

    protected PlanProduct() {}

    public String code() {
        return code;
    }

    public Plan plan() {
        return plan;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
