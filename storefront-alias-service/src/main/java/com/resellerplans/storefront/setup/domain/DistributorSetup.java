package com.resellerplans.storefront.setup.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Reads and changes the storefront settings a distributor works with. */
@ApplicationScoped
public class DistributorSetup {
    private final DistributorSettingsRecords records;
    private final StorefrontsConfig defaults;

    DistributorSetup(DistributorSettingsRecords records, StorefrontsConfig defaults) {
        this.records = records;
        this.defaults = defaults;
    }

    /** The distributor's own settings, or the deployment's defaults. */
    public StorefrontSetup current(String distributorId) {
        DistributorSettings settings = records.findById(distributorId);
        return settings != null
                ? settings.toSetup()
                : new StorefrontSetup(
                        String.format(defaults.defaultBaseUrlPattern(), distributorId),
                        defaults.defaultRetentionDays());
    }

    @Transactional
    public StorefrontSetup change(String distributorId, String baseUrl, int retentionDays) {
        DistributorSettings settings = records.findById(distributorId, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = new DistributorSettings(distributorId, baseUrl, retentionDays);
            records.persist(settings);
        } else {
            settings.change(baseUrl, retentionDays);
        }
        return settings.toSetup();
    }
}
