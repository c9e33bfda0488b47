package com.resellerplans.subscription.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A change the subscription's current state does not allow; its code travels in refusals and rejections. */
public abstract class SubscriptionStateException extends DomainException {
    protected SubscriptionStateException(String code, String detail) {
        super(Refusal.CONFLICT, code, detail);
    }
}
