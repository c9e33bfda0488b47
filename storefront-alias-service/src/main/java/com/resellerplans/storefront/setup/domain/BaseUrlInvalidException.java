package com.resellerplans.storefront.setup.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** The base URL is not an absolute http(s) URL without query or fragment. */
public class BaseUrlInvalidException extends DomainException {
    public BaseUrlInvalidException(String reason) {
        super(Refusal.INVALID, "BASE_URL_INVALID", reason);
    }
}
