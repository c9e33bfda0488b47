package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.resellerAdmin;
import static com.resellerplans.journey.PartnerClients.key;
import static com.resellerplans.journey.PartnerClients.refusedByBss;
import static com.resellerplans.journey.PartnerClients.refusedByStorefront;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.partner.bss.api.BssOrdersApi;
import com.resellerplans.partner.bss.api.NotificationDeliveriesApi;
import com.resellerplans.partner.bss.api.ResellersApi;
import com.resellerplans.partner.bss.api.SubscriptionsApi;
import com.resellerplans.partner.bss.model.CancellationPolicy;
import com.resellerplans.partner.bss.model.CancellationRequest;
import com.resellerplans.partner.bss.model.ContactBody;
import com.resellerplans.partner.bss.model.CreateOrderRequest;
import com.resellerplans.partner.bss.model.CreateResellerRequest;
import com.resellerplans.partner.bss.model.ItemRequest;
import com.resellerplans.partner.bss.model.OrderView;
import com.resellerplans.partner.bss.model.ResellerView;
import com.resellerplans.partner.bss.model.SetAliasRequest;
import com.resellerplans.partner.bss.model.Tier;
import com.resellerplans.partner.bss.model.UpgradeRequest;
import com.resellerplans.partner.storefront.api.PublicStorefrontsApi;
import com.resellerplans.partner.storefront.api.StorefrontBasketApi;
import com.resellerplans.partner.storefront.api.StorefrontOrdersApi;
import com.resellerplans.partner.storefront.api.StorefrontPlansApi;
import com.resellerplans.partner.storefront.api.StorefrontSubscriptionsApi;
import com.resellerplans.partner.storefront.model.AddBasketItemRequest;
import com.resellerplans.partner.storefront.model.CheckoutRequest;
import com.resellerplans.partner.storefront.model.PlanView;
import com.resellerplans.partner.storefront.model.SubscriptionStatus;
import com.resellerplans.partner.storefront.model.SubscriptionView;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every seed journey, on both channels, driven through the typed clients generated from the partner documents
 * (module partner-client), strict: each answer is validated against its documented schema (nulls, required
 * members, enums, formats) and read failing on any member the document does not name, each request body the
 * client writes is validated against its request schema and accepted by the server, each refusal conforms to
 * Problem. A document that says other than the wire fails the build here.
 */
@ExtendWith(RunningSuite.class)
class PartnerClientJourneyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theGatewayServesTheDocumentsTheClientWasGeneratedFrom() throws Exception {
        assertThat(JSON.readTree(given().get("/openapi/bss")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()))
                .isEqualTo(JSON.readTree(PartnerClients.document(PartnerClients.BSS_DOCUMENT)));
        assertThat(JSON.readTree(given().get("/openapi/storefront")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()))
                .isEqualTo(JSON.readTree(PartnerClients.document(PartnerClients.STOREFRONT_DOCUMENT)));
    }

    /** Journeys 1 and 4 in the storefront: Basic → Free with an alias, then Free → Standard without one. */
    @Test
    void aResellerChecksOutFreeThenStandardInItsStorefront() throws Exception {
        String distributor = newDistributor();
        ResellerView reseller = register(distributor, "sf");
        assertThat(reseller.getTier()).isEqualTo(Tier.BASIC);
        assertThat(reseller.getCurrentSubscriptionId()).isNull();
        String token = resellerAdmin(distributor, reseller.getId().toString());
        var storefront = PartnerClients.storefront(token);
        StorefrontBasketApi basket = new StorefrontBasketApi(storefront);
        StorefrontOrdersApi checkout = new StorefrontOrdersApi(storefront);
        String alias = "pc" + distributor.substring(6);

        assertThat(new StorefrontPlansApi(storefront).getStorefrontPlans().getItems())
                .extracting(PlanView::getProduct, PlanView::getOrderable, PlanView::getReason)
                .contains(org.assertj.core.groups.Tuple.tuple("FREE_PLAN", true, null));
        basket.postStorefrontBasketItems(
                new AddBasketItemRequest().product(AddBasketItemRequest.ProductEnum.FREE_PLAN), key());
        var free = checkout.postStorefrontBasketCheckout(new CheckoutRequest().storefrontAlias(alias), key());
        assertThat(free.getStatus().getValue()).isEqualTo("EXECUTED");
        assertThat(free.getKind().getValue()).isEqualTo("NEW");
        SubscriptionView subscription = awaitOwnSubscription(token, "FREE");
        assertThat(subscription.getStorefrontAlias()).isEqualTo(alias);

        basket.postStorefrontBasketItems(
                new AddBasketItemRequest().product(AddBasketItemRequest.ProductEnum.STANDARD_PLAN), key());
        var upgrade = checkout.postStorefrontBasketCheckout(new CheckoutRequest(), key());
        assertThat(upgrade.getKind().getValue()).isEqualTo("UPGRADE");
        assertThat(awaitOwnSubscription(token, "STANDARD").getId()).isEqualTo(subscription.getId());

        SubscriptionView history = new StorefrontSubscriptionsApi(storefront)
                .getStorefrontSubscriptionsById(subscription.getId().toString());
        assertThat(history.getHistory())
                .anySatisfy(activation -> assertThat(activation.getFrom()).isNull());
        assertThat(new PublicStorefrontsApi(PartnerClients.storefront(null))
                        .getPublicDistributorsByDistributorIdStorefrontsByAlias(alias, distributor)
                        .getSignInAllowed())
                .isTrue();
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(resellers(distributor)
                                .getBssResellersById(reseller.getId().toString())
                                .getTier())
                        .isEqualTo(Tier.STANDARD));
        assertThat(new BssOrdersApi(PartnerClients.bss(operator(distributor)))
                        .getBssOrders(null, null, reseller.getId().toString(), null)
                        .getItems())
                .hasSize(2);
    }

    /**
     * Journeys 2, 4 and 5 in the BSS: a draft, the alias pencil and execution (twice refused), the upgrade of the
     * Free subscription, an END_OF_TERM cancellation brought forward by an IMMEDIATE one, and the emails sent.
     */
    @Test
    void anOperatorOrdersUpgradesAndCancelsInTheBss() throws Exception {
        String distributor = newDistributor();
        ResellerView reseller = register(distributor, "bss");
        var bss = PartnerClients.bss(operator(distributor));
        BssOrdersApi orders = new BssOrdersApi(bss);
        OrderView draft = orders.postBssOrders(
                new CreateOrderRequest()
                        .resellerId(reseller.getId().toString())
                        .items(List.of(new ItemRequest().product(ItemRequest.ProductEnum.FREE_PLAN))),
                key());
        assertThat(draft.getStatus().getValue()).isEqualTo("DRAFT");
        assertThat(draft.getExecutedAt()).isNull();
        assertThat(draft.getSubscriptionId()).isNull();
        refusedByBss(() -> orders.postBssOrdersByIdExecution(draft.getId(), key()), 422, "ALIAS_REQUIRED");

        String alias = "po" + distributor.substring(6);
        orders.patchBssOrdersByIdItemsByItemId(
                draft.getId(), draft.getItems().get(0).getId(), new SetAliasRequest().storefrontAlias(alias));
        OrderView executed = orders.postBssOrdersByIdExecution(draft.getId(), key());
        assertThat(executed.getStatus().getValue()).isEqualTo("EXECUTED");
        refusedByBss(() -> orders.postBssOrdersByIdExecution(draft.getId(), key()), 409, "ORDER_ALREADY_EXECUTED");

        SubscriptionsApi subscriptions = new SubscriptionsApi(bss);
        String subscriptionId = await().atMost(EVENTUALLY)
                .until(
                        () ->
                                subscriptions
                                        .getBssSubscriptions(
                                                null,
                                                null,
                                                null,
                                                reseller.getId().toString(),
                                                null)
                                        .getItems()
                                        .stream()
                                        .filter(s -> s.getStatus().getValue().equals("ACTIVE"))
                                        .map(s -> s.getId().toString())
                                        .findFirst()
                                        .orElse(null),
                        Objects::nonNull);

        OrderView upgrade = orders.postBssSubscriptionsByIdUpgrade(
                subscriptionId, new UpgradeRequest().product(UpgradeRequest.ProductEnum.STANDARD_PLAN), key());
        assertThat(upgrade.getKind().getValue()).isEqualTo("UPGRADE");
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(subscriptions
                                .getBssSubscriptionsById(subscriptionId)
                                .getPlan()
                                .getValue())
                        .isEqualTo("STANDARD"));

        var pending = subscriptions.postBssSubscriptionsByIdCancellation(
                subscriptionId, new CancellationRequest().effective(CancellationPolicy.END_OF_TERM), key());
        assertThat(pending.getStatus().getValue()).isEqualTo("PENDING_CANCELLATION");
        assertThat(pending.getEffectiveCancellationAt()).isNotNull();
        var cancelled = subscriptions.postBssSubscriptionsByIdCancellation(
                subscriptionId, new CancellationRequest().effective(CancellationPolicy.IMMEDIATE), key());
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(resellers(distributor)
                                .getBssResellersById(reseller.getId().toString())
                                .getTier())
                        .isEqualTo(Tier.BASIC));

        NotificationDeliveriesApi deliveries = new NotificationDeliveriesApi(bss);
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> assertThat(deliveries
                                .getBssNotificationsDeliveries(
                                        null, null, reseller.getId().toString(), null, null)
                                .getItems())
                        .extracting(delivery -> delivery.getTemplateKey())
                        .contains(
                                "welcome-standard-reseller-storefront",
                                "subscription-upgraded",
                                "subscription-cancellation-requested",
                                "subscription-cancelled"));
        String delivery = deliveries
                .getBssNotificationsDeliveries(null, 1, reseller.getId().toString(), null, null)
                .getItems()
                .get(0)
                .getId();
        assertThat(deliveries.getBssNotificationsDeliveriesById(delivery).getAttempts())
                .isNotNull();
    }

    /** Journey 5 in the storefront, and journey 1's refusal of a taken alias with free suggestions. */
    @Test
    void aResellerCancelsItsOwnSubscriptionAndAnotherMayNotTakeItsAlias() throws Exception {
        String distributor = newDistributor();
        ResellerView first = register(distributor, "one");
        String token = resellerAdmin(distributor, first.getId().toString());
        var storefront = PartnerClients.storefront(token);
        String alias = "pt" + distributor.substring(6);
        new StorefrontBasketApi(storefront)
                .postStorefrontBasketItems(
                        new AddBasketItemRequest().product(AddBasketItemRequest.ProductEnum.STANDARD_PLAN), key());
        new StorefrontOrdersApi(storefront)
                .postStorefrontBasketCheckout(new CheckoutRequest().storefrontAlias(alias), key());
        SubscriptionView live = awaitOwnSubscription(token, "STANDARD");

        SubscriptionView pending = new StorefrontSubscriptionsApi(storefront)
                .postStorefrontSubscriptionsByIdCancellation(live.getId().toString(), key());
        assertThat(pending.getStatus()).isEqualTo(SubscriptionStatus.PENDING_CANCELLATION);

        ResellerView second = register(distributor, "two");
        var other = PartnerClients.storefront(
                resellerAdmin(distributor, second.getId().toString()));
        new StorefrontBasketApi(other)
                .postStorefrontBasketItems(
                        new AddBasketItemRequest().product(AddBasketItemRequest.ProductEnum.STANDARD_PLAN), key());
        refusedByStorefront(
                () -> new StorefrontOrdersApi(other)
                        .postStorefrontBasketCheckout(new CheckoutRequest().storefrontAlias(alias), key()),
                409,
                "ALIAS_TAKEN");
    }

    /**
     * An operator registers a BASIC reseller. Its address is under a delegated top-level domain: the validator's
     * {@code format: email} checks the domain against the IANA list, which {@code .example} is not on.
     */
    private static ResellerView register(String distributor, String handle) throws Exception {
        return resellers(distributor)
                .postBssResellers(
                        new CreateResellerRequest()
                                .name("Reseller " + handle)
                                .primaryContact(new ContactBody()
                                        .name("Ann Lee")
                                        .email(handle + "@" + distributor + ".example.com")),
                        key());
    }

    private static ResellersApi resellers(String distributor) {
        return new ResellersApi(PartnerClients.bss(operator(distributor)));
    }

    /** Waits until the reseller's own list shows its ACTIVE subscription on the plan with an ACTIVE storefront. */
    private static SubscriptionView awaitOwnSubscription(String token, String plan) {
        StorefrontSubscriptionsApi own = new StorefrontSubscriptionsApi(PartnerClients.storefront(token));
        return await().atMost(EVENTUALLY)
                .until(
                        () -> own.getStorefrontSubscriptions(null, null).getItems().stream()
                                .filter(s -> s.getStatus() == SubscriptionStatus.ACTIVE
                                        && s.getPlan().getValue().equals(plan)
                                        && s.getStorefrontStatus() != null
                                        && s.getStorefrontStatus().getValue().equals("ACTIVE"))
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);
    }
}
