package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** A service this request needs did not answer (or answered with a failure of its own). */
public class DependencyUnavailableException extends DomainException {
    public DependencyUnavailableException(String dependency) {
        super(
                Refusal.UNAVAILABLE,
                "DEPENDENCY_UNAVAILABLE",
                dependency + " is not available right now; nothing was changed, try again shortly.");
    }
}
