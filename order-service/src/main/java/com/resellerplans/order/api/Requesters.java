package com.resellerplans.order.api;

import com.resellerplans.http.Caller;
import com.resellerplans.order.domain.Requester;

/** The domain's requester for the calling token. */
final class Requesters {
    private Requesters() {}

    static Requester of(Caller caller) {
        return new Requester(caller.distributorId(), caller.isOperator(), caller.resellerId(), caller.actor());
    }
}
