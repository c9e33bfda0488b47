package com.resellerplans.journey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.resellerplans.localservers.MailServer;
import com.resellerplans.localservers.TestServers;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The steps people take, spoken through the gateway, shared by the journey tests. */
final class Journeys {
    /** How long anything that travels by events may take to show. */
    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    /**
     * The suite's subscription term ({@code subscriptions.term-length}): short enough for the scheduler to end
     * terms within a test, long enough for a test to see the Pending Cancellation it asked for.
     */
    static final Duration TERM = Duration.ofSeconds(90);

    static final String WELCOME = "Welcome to Standard Reseller Storefront";
    static final String UPGRADED = "Your reseller plan is now Standard";
    static final String CANCELLATION_REQUESTED = "Your subscription will be cancelled on ";
    static final String CANCELLED = "Your subscription has been cancelled";

    private Journeys() {}

    /** A reseller registered by an operator: where it lives, its id and its primary contact's address. */
    record Reseller(String distributor, String id, String email) {
        /** The reseller admin's distributor-storefront token. */
        String token() {
            return resellerAdmin(distributor, id);
        }
    }

    /** A distributor of its own per test, so aliases and lists never collide between tests. */
    static String newDistributor() {
        return "disti-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String operator(String distributor) {
        return TestServers.tokens().operator(distributor);
    }

    static String resellerAdmin(String distributor, String resellerId) {
        return TestServers.tokens().reseller(distributor, resellerId);
    }

    /** An operator registers a reseller on BASIC; returns its id. */
    static String registerReseller(String distributor, String name, String contactEmail) {
        return as(operator(distributor))
                .body(Map.of("name", name, "primaryContact", Map.of("name", "Ann Lee", "email", contactEmail)))
                .post("/bss/v1/resellers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An operator registers a BASIC reseller whose contact address is unique to the test's distributor. */
    static Reseller newReseller(String distributor, String handle) {
        String email = handle + "@" + distributor + ".example";
        return new Reseller(distributor, registerReseller(distributor, "Reseller " + handle, email), email);
    }

    static void addToBasket(String resellerToken, String product) {
        as(resellerToken)
                .body(Map.of("product", product))
                .post("/storefront/v1/basket/items")
                .then()
                .statusCode(201);
    }

    /** Checks the basket out, with the alias when it is not null. */
    static Response checkout(String resellerToken, String aliasOrNull) {
        Map<String, Object> form = new HashMap<>();
        if (aliasOrNull != null) {
            form.put("storefrontAlias", aliasOrNull);
        }
        return as(resellerToken).body(form).post("/storefront/v1/basket/checkout");
    }

    /**
     * The reseller checks a plan product out in its storefront (NEW with an alias, UPGRADE without) and waits
     * until its subscription is ACTIVE on the plan with an active storefront; returns the subscription id.
     */
    static String checkOutPlan(Reseller reseller, String product, String aliasOrNull) {
        addToBasket(reseller.token(), product);
        checkout(reseller.token(), aliasOrNull).then().statusCode(201).body("status", equalTo("EXECUTED"));
        return awaitLiveSubscription(reseller, planOf(product));
    }

    /** An operator's draft order for the reseller, not yet checked. */
    static Response draftOrder(Reseller reseller, String product) {
        return as(operator(reseller.distributor()))
                .body(Map.of("resellerId", reseller.id(), "items", List.of(Map.of("product", product))))
                .post("/bss/v1/orders");
    }

    /** The BSS pencil: the operator sets the alias on the draft's plan line. */
    static ValidatableResponse setAlias(String distributor, JsonPath draft, String alias) {
        return as(operator(distributor))
                .body(Map.of("storefrontAlias", alias))
                .patch("/bss/v1/orders/" + draft.getString("id") + "/items/" + draft.getString("items[0].id"))
                .then();
    }

    /** An operator drafts the order, sets the alias on its plan line and executes it; returns the order id. */
    static String executeDraft(Reseller reseller, String product, String alias) {
        String operator = operator(reseller.distributor());
        JsonPath draft =
                draftOrder(reseller, product).then().statusCode(201).extract().jsonPath();
        String orderId = draft.getString("id");
        setAlias(reseller.distributor(), draft, alias).statusCode(200);
        as(operator)
                .post("/bss/v1/orders/" + orderId + "/execution")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXECUTED"));
        return orderId;
    }

    /** The storefront's "Reseller Plans" page as the reseller sees it. */
    static ValidatableResponse plans(Reseller reseller) {
        return as(reseller.token())
                .get("/storefront/v1/plans")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    /** Path to whether the plans page offers the product. */
    static String orderable(String product) {
        return "items.find { it.product == '" + product + "' }.orderable";
    }

    /** Path to the refusal code the plans page gives for the product. */
    static String reason(String product) {
        return "items.find { it.product == '" + product + "' }.reason";
    }

    /** Waits until the plans page offers the product again (order-service learns of cancellations by event). */
    static void awaitOrderable(Reseller reseller, String product) {
        await().atMost(EVENTUALLY).untilAsserted(() -> plans(reseller).body(orderable(product), equalTo(true)));
    }

    /** The reseller's "Cancel the subscription" in its storefront (always at the end of the term). */
    static Response resellerCancels(Reseller reseller, String subscriptionId) {
        return as(reseller.token()).post("/storefront/v1/subscriptions/" + subscriptionId + "/cancellation");
    }

    /** The operator's "Cancel" in the BSS with the given effect. */
    static Response operatorCancels(Reseller reseller, String subscriptionId, String effective) {
        return as(operator(reseller.distributor()))
                .body(Map.of("effective", effective))
                .post("/bss/v1/subscriptions/" + subscriptionId + "/cancellation");
    }

    /** Waits until the reseller's own list shows an ACTIVE subscription on the plan, storefront ACTIVE. */
    static String awaitLiveSubscription(Reseller reseller, String plan) {
        String query = "items.find { it.status == 'ACTIVE' && it.plan == '" + plan
                + "' && it.storefrontStatus == 'ACTIVE' }.id";
        return await().atMost(EVENTUALLY)
                .until(
                        () -> as(reseller.token())
                                .get("/storefront/v1/subscriptions")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path(query),
                        Objects::nonNull);
    }

    static String planOf(String product) {
        return product.replace("_PLAN", "");
    }

    /** The operator's view of one subscription. */
    static ValidatableResponse subscription(String distributor, String subscriptionId) {
        return as(operator(distributor))
                .get("/bss/v1/subscriptions/" + subscriptionId)
                .then()
                .statusCode(200);
    }

    static String tierOf(Reseller reseller) {
        return as(operator(reseller.distributor()))
                .get("/bss/v1/resellers/" + reseller.id())
                .then()
                .statusCode(200)
                .extract()
                .path("tier");
    }

    /** The reseller's own orders, which a refusal must have left unchanged. */
    static ValidatableResponse hasOrders(Reseller reseller, int count) {
        return as(reseller.token())
                .get("/storefront/v1/orders")
                .then()
                .statusCode(200)
                .body("items", hasSize(count));
    }

    /** Asserts a problem+json refusal with its stable code. */
    static ValidatableResponse refused(Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code));
    }

    static String storefrontUrl(String distributor, String alias) {
        return "https://" + distributor + ".stores.example/" + alias;
    }

    /** What the storefront URL shows to anyone. */
    static ValidatableResponse publicStorefront(String distributor, String alias) {
        return given().accept(ContentType.JSON)
                .get("/public/v1/distributors/" + distributor + "/storefronts/" + alias)
                .then();
    }

    /** Signs in to the storefront with a distributor-storefront token. */
    static Response signIn(String token, String distributor, String alias) {
        return as(token).post("/public/v1/distributors/" + distributor + "/storefronts/" + alias + "/sign-in");
    }

    /** The alias's availability as the distributor's operator sees it in the BSS. */
    static ValidatableResponse availability(String distributor, String alias) {
        return as(operator(distributor))
                .get("/bss/v1/aliases/" + alias + "/availability")
                .then()
                .statusCode(200);
    }

    /** A sub-customer of the reseller, with its distributor-storefront token. */
    static String subCustomer(Reseller reseller) {
        return TestServers.tokens().subCustomer(reseller.distributor(), reseller.id());
    }

    /** Both the reseller and its sub-customer may sign in to the storefront under the alias. */
    static void bothSignIn(Reseller reseller, String alias) {
        signIn(reseller.token(), reseller.distributor(), alias)
                .then()
                .statusCode(200)
                .body("storefrontUrl", equalTo(storefrontUrl(reseller.distributor(), alias)));
        signIn(subCustomer(reseller), reseller.distributor(), alias)
                .then()
                .statusCode(200)
                .body("storefrontUrl", equalTo(storefrontUrl(reseller.distributor(), alias)));
    }

    /** Neither the reseller nor its sub-customer may sign in: the storefront is locked. */
    static void neitherSignsIn(Reseller reseller, String alias) {
        refused(signIn(reseller.token(), reseller.distributor(), alias), 403, "STOREFRONT_SIGN_IN_DISABLED");
        refused(signIn(subCustomer(reseller), reseller.distributor(), alias), 403, "STOREFRONT_SIGN_IN_DISABLED");
    }

    /** Waits for the first mail to the address whose subject starts with the given text, and returns it. */
    static MailServer.Mail awaitMail(String address, String subjectStart) {
        return await().atMost(EVENTUALLY)
                .until(() -> mailsTo(address, subjectStart).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Every mail the SMTP server accepted for this address whose subject starts with the given text. */
    static List<MailServer.Mail> mailsTo(String address, String subjectStart) {
        return mailsTo(address).stream()
                .filter(mail -> mail.subject().startsWith(subjectStart))
                .toList();
    }

    /** Every mail the SMTP server accepted for this address. */
    static List<MailServer.Mail> mailsTo(String address) {
        return TestServers.mail().mails().stream()
                .filter(mail -> isAddressedTo(mail, address))
                .toList();
    }

    private static boolean isAddressedTo(MailServer.Mail mail, String address) {
        try {
            Address[] recipients = mail.message().getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
