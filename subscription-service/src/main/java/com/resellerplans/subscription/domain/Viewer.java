package com.resellerplans.subscription.domain;

import com.resellerplans.subscription.common.Ids;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose eyes a subscription is seen through: an operator sees its distributor's subscriptions, a reseller
 * only its own. Decides both what is found and which actions are offered.
 */
public record Viewer(String distributorId, Optional<UUID> resellerId) {
    public static Viewer operator(String distributorId) {
        return new Viewer(distributorId, Optional.empty());
    }

    /** A reseller whose token names an id that is no UUID sees nothing. */
    public static Viewer reseller(String distributorId, String resellerId) {
        return new Viewer(distributorId, Optional.of(Ids.parse(resellerId).orElse(new UUID(0, 0))));
    }

    public boolean isOperator() {
        return resellerId.isEmpty();
    }
}
