package com.resellerplans.notification.delivery.domain;

import com.resellerplans.events.Contact;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An upgrade email that waits for the URL of the storefront it names: subscription.upgraded.v2 overtook that
 * storefront's storefront.activated.v1, which travels on another topic.
 */
@Entity
@Table(name = "awaited_upgrade_notice")
public class AwaitedUpgradeNotice extends PanacheEntityBase {
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

    protected AwaitedUpgradeNotice() {
    }

    /** Keeps the upgrade of event {@code eventId} until the storefront at {@code alias} is activated. */
    static void keep(String eventId, ResellerSnapshot reseller, String alias, Plan plan, Instant at) {
        AwaitedUpgradeNotice notice = new AwaitedUpgradeNotice();
        notice.eventId = eventId;
        notice.distributorId = reseller.distributorId();
        notice.resellerId = reseller.id();
        notice.alias = alias;
        notice.resellerName = reseller.name();
        Contact contact = reseller.primaryContact();
        notice.contactName = contact == null ? null : contact.name();
        notice.contactEmail = contact == null ? null : contact.email();
        notice.plan = plan;
        notice.createdAt = at;
        notice.persist();
    }

    /** The notices waiting for this reseller's storefront at this alias. */
    static List<AwaitedUpgradeNotice> waitingFor(String distributorId, String resellerId, String alias) {
        return list("distributorId = ?1 and resellerId = ?2 and alias = ?3 order by createdAt", distributorId,
                resellerId, alias);
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
