package com.resellerplans.order.plan.domain;

import com.resellerplans.order.position.domain.PlanChange;

/** A plan product as one reseller sees it: whether it may order it now, and why not. */
public record PlanOffer(PlanProduct product, PlanChange change) {}
