package com.resellerplans.storefront.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.storefront.alias.domain.Alias;
import com.resellerplans.storefront.setup.domain.DistributorSetup;
import com.resellerplans.storefront.setup.domain.StorefrontSetup;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds storefronts: what a storefront URL shows, who may sign in there, and the BSS list. */
@ApplicationScoped
public class StorefrontDirectory {
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
    public LocatedStorefront signIn(
            String distributorId, String aliasInput, String callerDistributorId, String callerResellerId) {
        LocatedStorefront located = at(distributorId, aliasInput);
        if (!distributorId.equals(callerDistributorId) || !located.storefront().belongsTo(callerResellerId)) {
            throw new SignInForbiddenException();
        }
        if (!located.storefront().signInAllowed()) {
            throw new SignInDisabledException();
        }
        return located;
    }

    /** One page of the distributor's storefronts, oldest first, each with its current URL. */
    public Page<LocatedStorefront> page(String distributorId, PageRequest page) {
        Page<Storefront> rows =
                page.page(storefronts.pageAfter(distributorId, page), Storefront::createdAt, Storefront::id);
        StorefrontSetup current = setup.current(distributorId);
        return rows.map(storefront -> new LocatedStorefront(storefront, current.urlOf(storefront.alias())));
    }
}
