package com.resellerplans.subscription;

import com.resellerplans.localservers.RealServersTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module shares one application start on real PostgreSQL, Kafka and SMTP. */
@WithTestResource(
        value = RealServersTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "subscriptions"))
public final class ServiceTestServers {
    private ServiceTestServers() {}
}
