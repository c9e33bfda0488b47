package com.resellerplans.storefront.storefront.domain;

import com.resellerplans.storefront.alias.domain.Alias;
import com.resellerplans.storefront.setup.domain.DistributorSetup;
import com.resellerplans.storefront.setup.domain.StorefrontSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Finds storefronts: what a storefront URL shows, who may sign in there, and the BSS list. */
@ApplicationScoped
public class StorefrontDirectory {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private final Storefronts storefronts;
    private final DistributorSetup setup;

    StorefrontDirectory(Storefronts storefronts, DistributorSetup setup) {
        this.storefronts = storefronts;
        this.setup = setup;
    }

    /** The live storefront at the alias; an invalid alias is simply not found. */
    public LocatedStorefront at(String distributorId, String aliasInput) {
        String alias = Alias.normalise(aliasInput);
        Storefront storefront = storefronts.liveAt(distributorId, alias).orElseThrow(StorefrontNotFoundException::new);
        return new LocatedStorefront(storefront, setup.current(distributorId).urlOf(alias));
    }

    /** Lets a user of the storefront's own distributor and reseller in, while the storefront is active. */
    public LocatedStorefront signIn(String distributorId, String aliasInput, String callerDistributorId,
            String callerResellerId) {
        LocatedStorefront located = at(distributorId, aliasInput);
        if (!distributorId.equals(callerDistributorId) || !located.storefront().resellerId.equals(callerResellerId)) {
            throw new SignInForbiddenException();
        }
        if (!located.storefront().signInAllowed()) {
            throw new SignInDisabledException();
        }
        return located;
    }

    /** @param limit clamped to 1..{@value #MAX_PAGE_SIZE}; null means {@value #DEFAULT_PAGE_SIZE} */
    public StorefrontPage page(String distributorId, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_PAGE_SIZE : Math.max(1, Math.min(MAX_PAGE_SIZE, limit));
        List<Storefront> rows = storefronts.pageAfter(distributorId, cursor == null ? null : PageCursor.decode(cursor),
                size);
        List<Storefront> items = rows.subList(0, Math.min(size, rows.size()));
        StorefrontSetup current = setup.current(distributorId);
        String next = rows.size() > size ? PageCursor.after(items.get(items.size() - 1)).encode() : null;
        return new StorefrontPage(items.stream()
                .map(storefront -> new LocatedStorefront(storefront, current.urlOf(storefront.alias))).toList(), next);
    }
}
