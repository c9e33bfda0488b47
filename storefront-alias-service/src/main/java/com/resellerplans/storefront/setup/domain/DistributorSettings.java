package com.resellerplans.storefront.setup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A distributor's own storefront settings. */
@Entity
@Table(name = "distributor_settings")
public class DistributorSettings extends PanacheEntityBase {
    @Id
    @Column(name = "distributor_id")
    public String distributorId;
    @Column(name = "base_url")
    public String baseUrl;
    @Column(name = "retention_days")
    public int retentionDays;
    @Version
    public long version;

    void change(String newBaseUrl, int newRetentionDays) {
        baseUrl = BaseUrl.parse(newBaseUrl);
        retentionDays = newRetentionDays;
    }

    StorefrontSetup toSetup() {
        return new StorefrontSetup(baseUrl, retentionDays);
    }
}
