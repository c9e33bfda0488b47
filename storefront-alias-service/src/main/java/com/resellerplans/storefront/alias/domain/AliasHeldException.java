package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.List;
import java.util.Map;

/** The alias is kept for a cancelled reseller during its retention period. */
public class AliasHeldException extends DomainException {
    public AliasHeldException(Alias alias, List<String> suggestions) {
        super(
                Refusal.CONFLICT,
                "ALIAS_HELD",
                "'" + alias + "' is held for its former owner; choose a different alias.",
                Map.of("suggestions", suggestions));
    }
}
