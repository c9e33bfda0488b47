package com.resellerplans.notification.template.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A preferred recipient the distributor added to a template, who gets a copy of each such email. */
@Entity
@Table(name = "template_recipient")
@IdClass(TemplateRecipient.Key.class)
public class TemplateRecipient {
    /** One address once per template of a distributor. */
    public record Key(String distributorId, String templateKey, String address) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "distributor_id")
    private String distributorId;

    @Id
    @Column(name = "template_key")
    private String templateKey;

    @Id
    private String address;

    protected TemplateRecipient() {}

    TemplateRecipient(String distributorId, TemplateKey key, String address) {
        this.distributorId = distributorId;
        this.templateKey = key.key();
        this.address = address;
    }

    String address() {
        return address;
    }
}
