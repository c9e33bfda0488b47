package com.resellerplans.storefront.storefront.domain;

import com.resellerplans.http.DomainException;
import com.resellerplans.http.Refusal;

/** The storefront is suspended after a cancellation: its login page shows, but nobody signs in. */
public class SignInDisabledException extends DomainException {
    public SignInDisabledException() {
        super(Refusal.FORBIDDEN, "STOREFRONT_SIGN_IN_DISABLED", "Sign-in to this storefront is disabled.");
    }
}
