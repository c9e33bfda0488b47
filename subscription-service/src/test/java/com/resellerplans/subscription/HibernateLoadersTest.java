package com.resellerplans.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.junit.jupiter.api.Test;

/**
 * Hibernate builds the SQL of a loader once, unless the session's load settings differ from the mapping's: then
 * it builds it again on every load, which was an eighth of this service's CPU per checkout (a per-mapping batch
 * size of 100 against the session's 16).
 */
@QuarkusTest
class HibernateLoadersTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyEntityAndCollectionLoadsWithTheLoaderBuiltAtStart() {
        SessionFactoryImplementor factory = sessionFactory.unwrap(SessionFactoryImplementor.class);
        LoadQueryInfluencers session = new LoadQueryInfluencers(factory);
        MappingMetamodel mappings = factory.getMappingMetamodel();
        List<String> rebuiltOnEveryLoad = new ArrayList<>();

        mappings.forEachEntityDescriptor(entity -> {
            if (entity.isAffectedByInfluencers(session)) {
                rebuiltOnEveryLoad.add(entity.getEntityName() + " (batch size " + entity.getBatchSize() + ")");
            }
        });
        mappings.forEachCollectionDescriptor(collection -> {
            if (collection.getAttributeMapping().isAffectedByInfluencers(session)) {
                rebuiltOnEveryLoad.add(collection.getRole() + " (batch size " + collection.getBatchSize() + ")");
            }
        });

        assertThat(rebuiltOnEveryLoad).isEmpty();
        assertThat(session.getBatchSize())
                .as("a page of subscriptions in one statement")
                .isEqualTo(100);
    }
}
