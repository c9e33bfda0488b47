package com.resellerplans.storefront;

import com.resellerplans.localservers.RealServersTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Gives every @QuarkusTest of this module one application start against real PostgreSQL, Kafka and keys, with
 * order-service played by {@link OrderServiceDouble}.
 */
@WithTestResource(
        value = RealServersTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServersTestResource.DATABASE_ARG, value = "storefronts"))
@WithTestResource(value = OrderServiceDouble.class, scope = TestResourceScope.GLOBAL)
public final class ServiceTestServers {
    private ServiceTestServers() {}
}
