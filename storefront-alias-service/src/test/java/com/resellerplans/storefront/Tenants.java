package com.resellerplans.storefront;

import com.resellerplans.localservers.TestServers;
import java.util.UUID;

/** A fresh distributor per test, so tests sharing one database never see each other's rows. */
public record Tenants(String distributorId) {
    public static Tenants fresh() {
        return new Tenants("d-" + UUID.randomUUID().toString().substring(0, 12));
    }

    public String operator() {
        return TestServers.tokens().operator(distributorId);
    }

    public String reseller(String resellerId) {
        return TestServers.tokens().reseller(distributorId, resellerId);
    }

    public String subCustomer(String resellerId) {
        return TestServers.tokens().subCustomer(distributorId, resellerId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
