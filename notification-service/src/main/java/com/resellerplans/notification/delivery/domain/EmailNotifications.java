package com.resellerplans.notification.delivery.domain;

import com.resellerplans.events.EventEnvelope;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.StorefrontActivated;
import com.resellerplans.events.SubscriptionCancellationRequested;
import com.resellerplans.events.SubscriptionCancelled;
import com.resellerplans.events.SubscriptionEvent;
import com.resellerplans.events.SubscriptionUpgraded;
import com.resellerplans.notification.sender.domain.SenderSettingsService;
import com.resellerplans.notification.template.domain.CurrentTemplate;
import com.resellerplans.notification.template.domain.EmailRenderer;
import com.resellerplans.notification.template.domain.EmailValues;
import com.resellerplans.notification.template.domain.RenderedEmail;
import com.resellerplans.notification.template.domain.TemplateCatalogue;
import com.resellerplans.notification.template.domain.TemplateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the events a reseller's subscription goes through into queued deliveries, one per recipient, in the
 * consumer's transaction. Nothing is sent here: the {@link DeliverySender} is woken once that transaction
 * commits, so a slow or failing SMTP server never holds up consumption.
 */
@ApplicationScoped
public class EmailNotifications {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final DeliveryQueue deliveries;
    private final ResellerStorefronts storefronts;
    private final AwaitedUpgradeNotices awaitedNotices;
    private final LatestSubscriptionNews latestNews;
    private final TemplateCatalogue catalogue;
    private final EmailRenderer renderer;
    private final SenderSettingsService senders;
    private final DeliverySender sender;
    private final DeliveryConfig config;
    private final Clock clock;

    EmailNotifications(
            DeliveryQueue deliveries,
            ResellerStorefronts storefronts,
            AwaitedUpgradeNotices awaitedNotices,
            LatestSubscriptionNews latestNews,
            TemplateCatalogue catalogue,
            EmailRenderer renderer,
            SenderSettingsService senders,
            DeliverySender sender,
            DeliveryConfig config,
            Clock clock) {
        this.deliveries = deliveries;
        this.storefronts = storefronts;
        this.awaitedNotices = awaitedNotices;
        this.latestNews = latestNews;
        this.catalogue = catalogue;
        this.renderer = renderer;
        this.senders = senders;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
    }

    /** Welcome email, on a first activation and on a reactivation alike; remembers the URL for later emails. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storefrontActivated(EventEnvelope envelope, StorefrontActivated event) {
        ResellerSnapshot reseller = event.reseller();
        storefronts.takeTurn(reseller.distributorId(), reseller.id());
        // a late activation of the storefront remembered: its welcome and URL are older than the ones already out
        if (!storefronts.remember(
                reseller.distributorId(),
                reseller.id(),
                event.storefrontId(),
                event.storefrontVersion(),
                event.url(),
                event.alias(),
                now())) {
            return;
        }
        queue(
                envelope.id(),
                reseller,
                TemplateKey.WELCOME_STANDARD_RESELLER_STOREFRONT,
                event.url(),
                event.plan(),
                null);
        for (AwaitedUpgradeNotice notice :
                awaitedNotices.waitingFor(reseller.distributorId(), reseller.id(), event.alias())) {
            queue(
                    notice.eventId(),
                    notice.reseller(),
                    TemplateKey.SUBSCRIPTION_UPGRADED,
                    event.url(),
                    notice.plan(),
                    null);
            awaitedNotices.delete(notice);
        }
    }

    /**
     * The upgrade email, with the URL of the storefront the upgrade names. When that storefront's activation has
     * not arrived yet (it travels on another topic and can be overtaken), the email waits for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subscriptionUpgraded(EventEnvelope envelope, SubscriptionUpgraded event) {
        // "now Standard" is no longer true once a later event (a cancellation, a later subscription) was news
        if (!isNews(event)) {
            return;
        }
        ResellerSnapshot reseller = event.reseller();
        String alias = event.storefrontAlias();
        if (alias == null) {
            queue(
                    envelope.id(),
                    reseller,
                    TemplateKey.SUBSCRIPTION_UPGRADED,
                    knownUrlOf(reseller),
                    event.toPlan(),
                    null);
            return;
        }
        storefronts
                .urlAt(reseller.distributorId(), reseller.id(), alias)
                .ifPresentOrElse(
                        url -> queue(
                                envelope.id(), reseller, TemplateKey.SUBSCRIPTION_UPGRADED, url, event.toPlan(), null),
                        () -> awaitedNotices.persist(
                                new AwaitedUpgradeNotice(envelope.id(), reseller, alias, event.toPlan(), now())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancellationRequested(EventEnvelope envelope, SubscriptionCancellationRequested event) {
        // "will be cancelled" is no longer true after "has been cancelled", nor after a later subscription's news
        if (!isNews(event)) {
            return;
        }
        queue(
                envelope.id(),
                event.reseller(),
                TemplateKey.SUBSCRIPTION_CANCELLATION_REQUESTED,
                knownUrlOf(event.reseller()),
                event.plan(),
                event.effectiveAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(EventEnvelope envelope, SubscriptionCancelled event) {
        // "has been cancelled" stays true, but after a later subscription's news it would read as that one's end
        if (!isNews(event)) {
            return;
        }
        queue(
                envelope.id(),
                event.reseller(),
                TemplateKey.SUBSCRIPTION_CANCELLED,
                knownUrlOf(event.reseller()),
                event.plan(),
                event.cancelledAt());
    }

    /** Whether the event is after the reseller's last subscription news; it becomes the last if so. */
    private boolean isNews(SubscriptionEvent event) {
        ResellerSnapshot reseller = event.reseller();
        storefronts.takeTurn(reseller.distributorId(), reseller.id());
        return latestNews.of(reseller.distributorId(), reseller.id()).advanceTo(event.step());
    }

    private void queue(
            String eventId,
            ResellerSnapshot reseller,
            TemplateKey key,
            String storefrontUrl,
            Plan plan,
            Instant effectiveAt) {
        String distributorId = reseller.distributorId();
        CurrentTemplate template = catalogue.templateFor(distributorId, key);
        if (!template.enabled()) {
            return; // the distributor turned this email off
        }
        EmailValues values = new EmailValues(
                reseller.name(),
                contactNameOf(reseller),
                storefrontUrl,
                displayName(plan),
                effectiveAt == null ? null : DATE.format(effectiveAt),
                senders.senderOf(distributorId).distributorName());
        RenderedEmail email = renderer.render(template.template(), values);
        Instant now = now();
        for (String address : recipientsOf(reseller, catalogue.preferredRecipients(distributorId, key))) {
            EmailAddressing addressing = new EmailAddressing(distributorId, reseller.id(), eventId, address);
            deliveries.persist(Delivery.queue(addressing, key, email, now, config.messageIdDomain()));
        }
        sender.wakeAfterCommit();
    }

    /** The primary contact, then the preferred recipients: one delivery per address, however often listed. */
    private static Set<String> recipientsOf(ResellerSnapshot reseller, List<String> preferred) {
        Set<String> recipients = new LinkedHashSet<>();
        if (reseller.primaryContact() != null && reseller.primaryContact().email() != null) {
            recipients.add(reseller.primaryContact().email().strip().toLowerCase(Locale.ROOT));
        }
        preferred.forEach(address -> recipients.add(address.strip().toLowerCase(Locale.ROOT)));
        return recipients;
    }

    private static String contactNameOf(ResellerSnapshot reseller) {
        String name = reseller.primaryContact() == null
                ? null
                : reseller.primaryContact().name();
        return name == null || name.isBlank() ? reseller.name() : name;
    }

    private String knownUrlOf(ResellerSnapshot reseller) {
        return storefronts.urlOf(reseller.distributorId(), reseller.id()).orElse(null);
    }

    private static String displayName(Plan plan) {
        return plan == null ? null : plan == Plan.FREE ? "Free" : "Standard";
    }

    /** Microseconds, the database's precision, so keyset cursors compare what was stored. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
