package com.resellerplans.order.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanProductsCacheTest {
    @Inject
    PlanProducts products;

    @Inject
    EntityManagerFactory entityManagers;

    // no eviction first: a load right after an eviction may, by design, not be put into the cache
    @Test
    void aProductReadOnceIsKeptByTheInstanceAndAnUnknownOneIsStillRefused() {
        QuarkusTransaction.requiringNew().run(() -> products.require("STANDARD_PLAN"));

        assertThat(entityManagers.getCache().contains(PlanProduct.class, "STANDARD_PLAN"))
                .isTrue();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> products.require("GOLD_PLAN")))
                .isInstanceOf(UnknownProductException.class);
    }
}
