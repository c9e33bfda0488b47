package com.resellerplans.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Carries the one test resource every @QuarkusTest of the gateway shares (one app start). */
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GatewayTestServers {

    private GatewayTestServers() {}
}
