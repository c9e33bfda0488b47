package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.events.Actor;
import java.util.Optional;

/**
 * Who asks for orders: an operator acts for its distributor, reseller staff for the reseller its token names
 * (a reseller-side request whose token names none is refused where the reseller is needed). {@code actor} is
 * recorded on the changes it makes.
 */
public record Requester(String distributorId, boolean isOperator, Optional<String> resellerId, Actor actor) {

    /** The reseller a reseller-side requester acts for. */
    public String requireResellerId() {
        return resellerId.orElseThrow(
                () -> new DomainException(Refusal.FORBIDDEN, "TOKEN_WITHOUT_RESELLER", "The token names no reseller."));
    }
}
