package com.resellerplans.notification.delivery.domain;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An upgrade email that waits for the URL of the storefront it names: subscription.upgraded.v2 overtook that
 * storefront's storefront.activated.v1, which travels on another topic.
 */
@Entity
@Table(name = "awaited_upgrade_notice")
public class AwaitedUpgradeNotice {
    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "reseller_id")
    private String resellerId;

    private String alias;

    @Column(name = "reseller_name")
    private String resellerName;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AwaitedUpgradeNotice() {}

    /** The upgrade of event {@code eventId}, to be kept until the storefront at {@code alias} is activated. */
    AwaitedUpgradeNotice(String eventId, ResellerSnapshot reseller, String alias, Plan plan, Instant at) {
        this.eventId = eventId;
        this.distributorId = reseller.distributorId();
        this.resellerId = reseller.id();
        this.alias = alias;
        this.resellerName = reseller.name();
        Contact contact = reseller.primaryContact();
        this.contactName = contact == null ? null : contact.name();
        this.contactEmail = contact == null ? null : contact.email();
        this.plan = plan;
        this.createdAt = at;
    }

    String eventId() {
        return eventId;
    }

    Plan plan() {
        return plan;
    }

    /** The reseller as the upgrade event described it. */
    ResellerSnapshot reseller() {
        Contact contact = contactName == null && contactEmail == null ? null : new Contact(contactName, contactEmail);
        return new ResellerSnapshot(resellerId, distributorId, resellerName, contact);
    }
}
