package com.resellerplans.notification.template.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A preferred recipient the distributor added to a template, who gets a copy of each such email. */
@Entity
@Table(name = "template_recipient")
@IdClass(TemplateRecipient.Key.class)
public class TemplateRecipient extends PanacheEntityBase {
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

    protected TemplateRecipient() {
    }

    static List<String> addressesOf(String distributorId, TemplateKey key) {
        return TemplateRecipient.<TemplateRecipient>find("distributorId = ?1 and templateKey = ?2",
                Sort.ascending("address"), distributorId, key.key()).stream().map(r -> r.address).toList();
    }

    static void replace(String distributorId, TemplateKey key, List<String> addresses) {
        delete("distributorId = ?1 and templateKey = ?2", distributorId, key.key());
        getEntityManager().flush();
        for (String address : addresses) {
            TemplateRecipient recipient = new TemplateRecipient();
            recipient.distributorId = distributorId;
            recipient.templateKey = key.key();
            recipient.address = address;
            recipient.persist();
        }
    }
}
