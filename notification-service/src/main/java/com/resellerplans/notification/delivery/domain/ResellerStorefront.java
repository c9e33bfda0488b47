package com.resellerplans.notification.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A reseller's current storefront URL, learnt from storefront.activated.v1, for the emails that follow. */
@Entity
@Table(name = "reseller_storefront")
public class ResellerStorefront {
    /** Distributor and reseller: a reseller id is only meaningful within its tenant. */
    @Embeddable
    public record Key(
            @Column(name = "distributor_id") String distributorId,
            @Column(name = "reseller_id") String resellerId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "storefront_url")
    private String storefrontUrl;

    private String alias;

    @Column(name = "storefront_id")
    private String storefrontId;

    @Column(name = "storefront_version")
    private Long storefrontVersion;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ResellerStorefront() {}

    /** A reseller none of whose storefronts' activations has been seen yet. */
    ResellerStorefront(Key key) {
        this.key = key;
    }

    /**
     * Remembers the URL a storefront answers at after its activation (a reactivation may bring a new one).
     *
     * @return false for a late activation of the storefront remembered, which changes nothing
     */
    boolean activated(String id, long version, String url, String alias, Instant at) {
        if (!advanceTo(id, version)) {
            return false;
        }
        this.storefrontUrl = url;
        this.alias = alias;
        this.updatedAt = at;
        return true;
    }

    /**
     * Whether an activation of storefront {@code id} at {@code version} is after the one remembered: of the same
     * storefront only at a higher version; another storefront's always is (events carry no order across them).
     */
    boolean advanceTo(String id, long version) {
        if (id.equals(storefrontId) && version <= storefrontVersion) {
            return false;
        }
        storefrontId = id;
        storefrontVersion = version;
        return true;
    }

    boolean isAt(String alias) {
        return this.alias.equals(alias);
    }

    String url() {
        return storefrontUrl;
    }
}
