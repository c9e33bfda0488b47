package com.resellerplans.notification.template.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A distributor's hold on one template: which of its saved versions is current (0: the default) and if it is sent. */
@Entity
@Table(name = "template")
@IdClass(TemplateSettings.Key.class)
public class TemplateSettings {
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

    protected TemplateSettings() {}

    /** Makes the given saved version current; numbers only grow, so the caller saved it as {@link Templates#nextVersionNumber}. */
    void makeCurrent(int number, boolean enabled, Instant at) {
        this.currentVersion = number;
        this.enabled = enabled;
        this.updatedAt = at;
    }

    int currentVersion() {
        return currentVersion;
    }

    boolean enabled() {
        return enabled;
    }
}
