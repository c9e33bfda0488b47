package com.resellerplans.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.localservers.HibernateLoaders;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HibernateLoadersTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void everyMappingKeepsTheLoaderBuiltAtStart() {
        assertThat(HibernateLoaders.rebuiltOnEveryLoad(factory)).isEmpty();
    }
}
