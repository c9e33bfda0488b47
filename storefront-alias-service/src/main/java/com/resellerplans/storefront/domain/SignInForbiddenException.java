package com.resellerplans.storefront.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The token belongs to another reseller than the storefront's. */
public class SignInForbiddenException extends DomainException {
    public SignInForbiddenException() {
        super(Refusal.FORBIDDEN, "STOREFRONT_SIGN_IN_FORBIDDEN", "This account may not sign in to this storefront.");
    }
}
