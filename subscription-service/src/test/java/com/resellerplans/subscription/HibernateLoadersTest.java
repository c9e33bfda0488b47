package com.resellerplans.subscription;

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
    void everyMappingKeepsTheLoaderBuiltAtStartAndAPageLoadsInOneStatement() {
        assertThat(HibernateLoaders.rebuiltOnEveryLoad(factory)).isEmpty();
        assertThat(HibernateLoaders.sessionBatchSize(factory)).isEqualTo(100);
    }
}
