package com.resellerplans.localservers;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;

/**
 * Hibernate builds the SQL of a mapping's loader once, unless a session's load settings differ from the mapping's
 * (a {@code @BatchSize} other than the configured fetch batch size, say): then it builds it again on every load.
 * That was an eighth of subscription-service's CPU per checkout; every Hibernate service's tests check for it.
 */
public final class HibernateLoaders {
    private HibernateLoaders() {}

    /** The entities and collections whose loader a session with the configured settings builds on every load. */
    public static List<String> rebuiltOnEveryLoad(EntityManagerFactory factory) {
        SessionFactoryImplementor sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
        LoadQueryInfluencers session = new LoadQueryInfluencers(sessionFactory);
        MappingMetamodel mappings = sessionFactory.getMappingMetamodel();
        List<String> rebuilt = new ArrayList<>();
        mappings.forEachEntityDescriptor(entity -> {
            if (entity.isAffectedByInfluencers(session)) {
                rebuilt.add(entity.getEntityName() + " (batch size " + entity.getBatchSize() + ")");
            }
        });
        mappings.forEachCollectionDescriptor(collection -> {
            if (collection.getAttributeMapping().isAffectedByInfluencers(session)) {
                rebuilt.add(collection.getRole() + " (batch size " + collection.getBatchSize() + ")");
            }
        });
        return rebuilt;
    }

    /** How many entities or collections a session loads in one statement. */
    public static int sessionBatchSize(EntityManagerFactory factory) {
        return new LoadQueryInfluencers(factory.unwrap(SessionFactoryImplementor.class)).getBatchSize();
    }
}
