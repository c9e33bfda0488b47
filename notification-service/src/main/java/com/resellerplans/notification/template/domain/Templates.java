package com.resellerplans.notification.template.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The distributors' templates: their settings, their saved versions and their preferred recipients. */
@ApplicationScoped
public class Templates implements PanacheRepositoryBase<TemplateSettings, TemplateSettings.Key> {
    private static final String OF_TEMPLATE = " WHERE distributorId = ?1 AND templateKey = ?2";

    Optional<TemplateSettings> settingsOf(String distributorId, TemplateKey key) {
        return find("distributorId = ?1 and templateKey = ?2", distributorId, key.key())
                .firstResultOptional();
    }

    /**
     * Locks the row, inserted first if there is none, so two saves of one template take version numbers one after
     * the other; two concurrent first saves both insert, the second waits for the first's commit and then takes
     * its turn on the row instead of failing on the key.
     */
    TemplateSettings lockedOrCreated(String distributorId, TemplateKey key, Instant now) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO template (distributor_id, template_key, updated_at) VALUES (:distributor, :key, :now)
                        ON CONFLICT (distributor_id, template_key) DO NOTHING""")
                .setParameter("distributor", distributorId)
                .setParameter("key", key.key())
                .setParameter("now", now)
                .executeUpdate();
        return find("distributorId = ?1 and templateKey = ?2", distributorId, key.key())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** The number the template's next saved version takes; call it under {@link #lockedOrCreated}'s lock. */
    int nextVersionNumber(String distributorId, TemplateKey key) {
        Integer latest = getEntityManager()
                .createQuery("""
                        SELECT max(v.number) FROM TemplateVersion v
                        WHERE v.distributorId = :distributor AND v.templateKey = :key""", Integer.class)
                .setParameter("distributor", distributorId)
                .setParameter("key", key.key())
                .getSingleResult();
        return (latest == null ? 0 : latest) + 1;
    }

    void add(TemplateVersion version) {
        getEntityManager().persist(version);
    }

    Optional<TemplateVersion> version(String distributorId, TemplateKey key, int number) {
        return getEntityManager()
                .createQuery("FROM TemplateVersion" + OF_TEMPLATE + " AND number = ?3", TemplateVersion.class)
                .setParameter(1, distributorId)
                .setParameter(2, key.key())
                .setParameter(3, number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The template's saved versions, newest first. */
    List<TemplateVersion> versions(String distributorId, TemplateKey key) {
        return getEntityManager()
                .createQuery("FROM TemplateVersion" + OF_TEMPLATE + " ORDER BY number DESC", TemplateVersion.class)
                .setParameter(1, distributorId)
                .setParameter(2, key.key())
                .getResultList();
    }

    List<String> recipientsOf(String distributorId, TemplateKey key) {
        return getEntityManager()
                .createQuery("FROM TemplateRecipient" + OF_TEMPLATE + " ORDER BY address", TemplateRecipient.class)
                .setParameter(1, distributorId)
                .setParameter(2, key.key())
                .getResultStream()
                .map(TemplateRecipient::address)
                .toList();
    }

    /** Replaces the template's recipients; call it under {@link #lockedOrCreated}'s lock. */
    void replaceRecipients(String distributorId, TemplateKey key, List<String> addresses) {
        getEntityManager()
                .createQuery("DELETE FROM TemplateRecipient" + OF_TEMPLATE)
                .setParameter(1, distributorId)
                .setParameter(2, key.key())
                .executeUpdate();
        getEntityManager().flush();
        addresses.forEach(address -> getEntityManager().persist(new TemplateRecipient(distributorId, key, address)));
    }
}
