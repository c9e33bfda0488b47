package com.resellerplans.notification;

import com.resellerplans.localservers.RealServersTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Gives every @QuarkusTest of the module one app start against real PostgreSQL, Kafka and SMTP servers. */
@WithTestResource(
        value = RealServersTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
public final class ServiceTestServers {
    private ServiceTestServers() {}
}
