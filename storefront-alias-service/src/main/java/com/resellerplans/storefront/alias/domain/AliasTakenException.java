package com.resellerplans.storefront.alias.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.List;
import java.util.Map;

/** Another order or storefront has the alias; carries free alternatives. */
public class AliasTakenException extends DomainException {
    public AliasTakenException(Alias alias, List<String> suggestions) {
        super(
                Refusal.CONFLICT,
                "ALIAS_TAKEN",
                "'" + alias + "' is taken; choose a different alias.",
                Map.of("suggestions", suggestions));
    }
}
