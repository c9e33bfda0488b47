package com.resellerplans.storefront.setup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A distributor's own storefront settings. */
@Entity
@Table(name = "distributor_settings")
public class DistributorSettings {
    @Id
    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "retention_days")
    private int retentionDays;

    @Version
    private long version;

    protected DistributorSettings() {}

    /** The distributor's first own settings. */
    DistributorSettings(String distributorId, String baseUrl, int retentionDays) {
        this.distributorId = distributorId;
        change(baseUrl, retentionDays);
    }

    void change(String newBaseUrl, int newRetentionDays) {
        baseUrl = BaseUrl.parse(newBaseUrl);
        retentionDays = newRetentionDays;
    }

    StorefrontSetup toSetup() {
        return new StorefrontSetup(baseUrl, retentionDays);
    }
}
