package com.resellerplans.notification.delivery.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A reseller's current storefront URL, learnt from storefront.activated.v1, for the emails that follow. */
@Entity
@Table(name = "reseller_storefront")
public class ResellerStorefront extends PanacheEntityBase {
    /** Distributor and reseller: a reseller id is only meaningful within its tenant. */
    @Embeddable
    public record Key(@Column(name = "distributor_id") String distributorId,
            @Column(name = "reseller_id") String resellerId) implements Serializable {
    }

    private static final String TAKE_TURN =
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:reseller, 0))) AS turn";

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

    protected ResellerStorefront() {
    }

    /**
     * Makes the transactions that read or change this reseller's storefront URL and the upgrade emails waiting for it
     * take turns, until they end. Without it an upgrade finding no URL and the storefront's activation finding no
     * waiting email could run side by side and both commit: the email would wait for ever (a write skew that
     * READ COMMITTED allows; the consumers of the two topics run concurrently).
     */
    static void takeTurn(String distributorId, String resellerId) {
        getEntityManager().createNativeQuery(TAKE_TURN).setParameter("reseller", distributorId + "/" + resellerId)
                .getSingleResult();
    }

    static Optional<String> urlOf(String distributorId, String resellerId) {
        return ResellerStorefront.<ResellerStorefront>findByIdOptional(new Key(distributorId, resellerId))
                .map(storefront -> storefront.storefrontUrl);
    }

    /** The URL of the reseller's storefront at this alias, once its activation has been seen. */
    static Optional<String> urlAt(String distributorId, String resellerId, String alias) {
        return ResellerStorefront.<ResellerStorefront>findByIdOptional(new Key(distributorId, resellerId))
                .filter(storefront -> storefront.alias.equals(alias))
                .map(storefront -> storefront.storefrontUrl);
    }

    /**
     * Remembers the URL a storefront answers at now (a reactivation may bring a new one).
     *
     * @return false for a late activation of the storefront remembered, which changes nothing
     */
    static boolean remember(String distributorId, String resellerId, String storefrontId, long storefrontVersion,
            String url, String alias, Instant at) {
        Key key = new Key(distributorId, resellerId);
        ResellerStorefront storefront = ResellerStorefront.<ResellerStorefront>findByIdOptional(key).orElseGet(() -> {
            ResellerStorefront created = new ResellerStorefront();
            created.key = key;
            return created;
        });
        if (!storefront.advanceTo(storefrontId, storefrontVersion)) {
            return false;
        }
        storefront.storefrontUrl = url;
        storefront.alias = alias;
        storefront.updatedAt = at;
        storefront.persist();
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
}
