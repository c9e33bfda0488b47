package com.resellerplans.subscription.reseller.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No such reseller for this caller: missing, another distributor's, or (for a reseller) another reseller. */
public class ResellerNotFoundException extends DomainException {
    public ResellerNotFoundException(String id) {
        super(Refusal.NOT_FOUND, "RESELLER_NOT_FOUND", "No reseller " + id + ".");
    }
}
