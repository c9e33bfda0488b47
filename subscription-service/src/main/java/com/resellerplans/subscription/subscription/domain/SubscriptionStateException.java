package com.resellerplans.subscription.subscription.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;

/** A change the subscription's current state does not allow; its code travels in refusals and rejections. */
public abstract class SubscriptionStateException extends DomainException {
    protected SubscriptionStateException(String code, String detail) {
        super(Refusal.CONFLICT, code, detail);
    }
}
