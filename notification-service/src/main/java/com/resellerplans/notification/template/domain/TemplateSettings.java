package com.resellerplans.notification.template.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A distributor's hold on one template: which of its saved versions is current (0: the default) and if it is sent. */
@Entity
@Table(name = "template")
@IdClass(TemplateSettings.Key.class)
public class TemplateSettings extends PanacheEntityBase {
    /** A template is identified by its distributor and key. */
    public record Key(String distributorId, String templateKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "distributor_id")
    private String distributorId;
    @Id
    @Column(name = "template_key")
    private String templateKey;
    @Column(name = "current_version")
    private int currentVersion;
    private boolean enabled;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected TemplateSettings() {
    }

    static Optional<TemplateSettings> of(String distributorId, TemplateKey key) {
        return TemplateSettings.<TemplateSettings>find("distributorId = ?1 and templateKey = ?2", distributorId,
                key.key()).firstResultOptional();
    }

    /**
     * Locks the row, inserted first if there is none, so two saves of one template take version numbers one after
     * the other; two concurrent first saves both insert, the second waits for the first's commit and then takes
     * its turn on the row instead of failing on the key.
     */
    static TemplateSettings ofOrNew(String distributorId, TemplateKey key, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO template (distributor_id, template_key, updated_at) VALUES (:distributor, :key, :now)
                        ON CONFLICT (distributor_id, template_key) DO NOTHING""")
                .setParameter("distributor", distributorId)
                .setParameter("key", key.key())
                .setParameter("now", now)
                .executeUpdate();
        return TemplateSettings.<TemplateSettings>find("distributorId = ?1 and templateKey = ?2", distributorId,
                        key.key())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** Makes the given saved version current; numbers only grow, so the caller saved it as {@link #nextNumber()}. */
    void makeCurrent(int number, boolean enabled, Instant at) {
        this.currentVersion = number;
        this.enabled = enabled;
        this.updatedAt = at;
    }

    int nextNumber() {
        return TemplateVersion.latestNumber(distributorId, templateKey) + 1;
    }

    int currentVersion() {
        return currentVersion;
    }

    boolean enabled() {
        return enabled;
    }
}
