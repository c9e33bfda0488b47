package com.resellerplans.storefront.setup.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The distributors' own storefront settings, by distributor id; a distributor without a row uses the defaults. */
@ApplicationScoped
public class DistributorSettingsRecords implements PanacheRepositoryBase<DistributorSettings, String> {}
