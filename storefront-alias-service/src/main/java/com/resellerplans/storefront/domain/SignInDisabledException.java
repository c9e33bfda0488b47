package com.resellerplans.storefront.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The storefront is suspended after a cancellation: its login page shows, but nobody signs in. */
public class SignInDisabledException extends DomainException {
    public SignInDisabledException() {
        super(Refusal.FORBIDDEN, "STOREFRONT_SIGN_IN_DISABLED", "Sign-in to this storefront is disabled.");
    }
}
