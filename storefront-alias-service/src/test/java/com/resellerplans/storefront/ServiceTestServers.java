package com.resellerplans.storefront;

import com.resellerplans.localservers.RealServersTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Gives every @QuarkusTest of this module one application start against real PostgreSQL, Kafka and keys. */
@WithTestResource(value = RealServersTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServersTestResource.DATABASE_ARG, value = "storefronts"))
public final class ServiceTestServers {
    private ServiceTestServers() {
    }
}
