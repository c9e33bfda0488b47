package com.resellerplans.order;

import com.resellerplans.localservers.RealServersTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of the module shares one application start on the real PostgreSQL and Kafka, with
 * subscription-service played by {@link SubscriptionServiceDouble}.
 */
@WithTestResource(
        value = RealServersTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServersTestResource.DATABASE_ARG, value = "orders"))
@WithTestResource(value = SubscriptionServiceDouble.class, scope = TestResourceScope.GLOBAL)
public final class OrderServiceTestServers {
    private OrderServiceTestServers() {}
}
