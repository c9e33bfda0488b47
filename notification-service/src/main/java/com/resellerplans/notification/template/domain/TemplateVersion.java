package com.resellerplans.notification.template.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One saved version of a distributor's template; never changed, so any of them can be restored. */
@Entity
@Table(name = "template_version")
public class TemplateVersion extends PanacheEntityBase {
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

    protected TemplateVersion() {
    }

    static TemplateVersion save(String distributorId, EmailTemplate template, int number, Instant at, String by) {
        TemplateVersion version = new TemplateVersion();
        version.id = UUID.randomUUID();
        version.distributorId = distributorId;
        version.templateKey = template.key().key();
        version.number = number;
        version.subject = template.subject();
        version.htmlBody = template.html();
        version.textBody = template.text();
        version.createdAt = at;
        version.createdBy = by;
        version.persist();
        return version;
    }

    static Optional<TemplateVersion> find(String distributorId, TemplateKey key, int number) {
        return TemplateVersion.<TemplateVersion>find("distributorId = ?1 and templateKey = ?2 and number = ?3",
                distributorId, key.key(), number).firstResultOptional();
    }

    static List<TemplateVersion> all(String distributorId, TemplateKey key) {
        return TemplateVersion.<TemplateVersion>find("distributorId = ?1 and templateKey = ?2",
                Sort.descending("number"), distributorId, key.key()).list();
    }

    static int latestNumber(String distributorId, String templateKey) {
        Integer latest = getEntityManager().createQuery("""
                        SELECT max(v.number) FROM TemplateVersion v
                        WHERE v.distributorId = :distributor AND v.templateKey = :key""", Integer.class)
                .setParameter("distributor", distributorId)
                .setParameter("key", templateKey)
                .getSingleResult();
        return latest == null ? 0 : latest;
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
