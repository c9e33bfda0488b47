package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The alias breaks a syntax rule; the detail names the rule. */
public class AliasInvalidException extends DomainException {
    public AliasInvalidException(String alias, String brokenRule) {
        super(Refusal.INVALID, "ALIAS_INVALID", "'" + alias + "' is not a valid alias: " + brokenRule);
    }
}
