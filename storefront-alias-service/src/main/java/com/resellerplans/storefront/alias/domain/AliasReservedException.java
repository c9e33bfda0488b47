package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The alias is on the reserved list. */
public class AliasReservedException extends DomainException {
    public AliasReservedException(String alias) {
        super(Refusal.INVALID, "ALIAS_RESERVED", "'" + alias + "' is reserved; choose another alias.");
    }
}
