package com.resellerplans.storefront;

import com.resellerplans.localservers.MovableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the service's clock in tests with one a test can move. */
@ApplicationScoped
public class TestClock {
    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    MovableClock clock() {
        return new MovableClock();
    }
}
