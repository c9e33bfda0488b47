package com.resellerplans.notification.template.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved version of a distributor's template; never changed, so any of them can be restored. */
@Entity
@Table(name = "template_version")
public class TemplateVersion {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "template_key")
    private String templateKey;

    private int number;
    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected TemplateVersion() {}

    TemplateVersion(String distributorId, EmailTemplate template, int number, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.distributorId = distributorId;
        this.templateKey = template.key().key();
        this.number = number;
        this.subject = template.subject();
        this.htmlBody = template.html();
        this.textBody = template.text();
        this.createdAt = at;
        this.createdBy = by;
    }

    EmailTemplate template() {
        return new EmailTemplate(TemplateKey.fromKey(templateKey).orElseThrow(), subject, htmlBody, textBody);
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
