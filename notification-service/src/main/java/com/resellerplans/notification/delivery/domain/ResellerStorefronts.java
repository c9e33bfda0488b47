package com.resellerplans.notification.delivery.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** The resellers' current storefront URLs, and the turns their transactions take on them. */
@ApplicationScoped
public class ResellerStorefronts implements PanacheRepositoryBase<ResellerStorefront, ResellerStorefront.Key> {
    private static final String TAKE_TURN =
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:reseller, 0))) AS turn";

    /**
     * Makes the transactions that read or change this reseller's storefront URL, its subscription news and the
     * upgrade emails waiting for its storefront take turns, until they end. Without it an upgrade finding no URL and
     * the storefront's activation finding no waiting email could run side by side and both commit: the email would
     * wait for ever (a write skew that READ COMMITTED allows; the consumers of the two topics run concurrently).
     */
    void takeTurn(String distributorId, String resellerId) {
        getEntityManager()
                .createNativeQuery(TAKE_TURN)
                .setParameter("reseller", distributorId + "/" + resellerId)
                .getSingleResult();
    }

    Optional<String> urlOf(String distributorId, String resellerId) {
        return findByIdOptional(new ResellerStorefront.Key(distributorId, resellerId))
                .map(ResellerStorefront::url);
    }

    /** The URL of the reseller's storefront at this alias, once its activation has been seen. */
    Optional<String> urlAt(String distributorId, String resellerId, String alias) {
        return findByIdOptional(new ResellerStorefront.Key(distributorId, resellerId))
                .filter(storefront -> storefront.isAt(alias))
                .map(ResellerStorefront::url);
    }

    /**
     * Remembers the URL a storefront answers at now (a reactivation may bring a new one).
     *
     * @return false for a late activation of the storefront remembered, which changes nothing
     */
    boolean remember(
            String distributorId,
            String resellerId,
            String storefrontId,
            long storefrontVersion,
            String url,
            String alias,
            Instant at) {
        ResellerStorefront.Key key = new ResellerStorefront.Key(distributorId, resellerId);
        ResellerStorefront storefront = findByIdOptional(key).orElseGet(() -> new ResellerStorefront(key));
        if (!storefront.activated(storefrontId, storefrontVersion, url, alias, at)) {
            return false;
        }
        persist(storefront);
        return true;
    }
}
