package com.resellerplans.subscription.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The distributors' own subscription settings, by distributor id; a distributor without a row uses the defaults. */
@ApplicationScoped
public class SubscriptionSettingsRecords implements PanacheRepositoryBase<SubscriptionSettings, String> {}
