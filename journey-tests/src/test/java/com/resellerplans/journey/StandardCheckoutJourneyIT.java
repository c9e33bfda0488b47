package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.EVENTUALLY;
import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.as;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.operator;
import static com.resellerplans.journey.Journeys.registerReseller;
import static com.resellerplans.journey.Journeys.resellerAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.resellerplans.localservers.MailServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton: a BASIC reseller checks out the Standard plan in its storefront and, through
 * order, subscription, storefront and notification services, ends up with a storefront and a welcome email.
 */
@ExtendWith(RunningSuite.class)
class StandardCheckoutJourneyIT {
    @Test
    void basicResellerChecksOutStandardAndIsWelcomedToItsStorefront() {
        String distributor = newDistributor();
        String resellerId = registerReseller(distributor, "Tech Solutions", "ann@" + distributor + ".example");
        as(operator(distributor))
                .get("/bss/v1/resellers/" + resellerId)
                .then()
                .statusCode(200)
                .body("tier", equalTo("BASIC"));
        String reseller = resellerAdmin(distributor, resellerId);

        addToBasket(reseller, "STANDARD_PLAN");
        as(reseller)
                .body(Map.of("storefrontAlias", "techsolutions"))
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("NEW"))
                .body("items[0].product", equalTo("STANDARD_PLAN"))
                .body("items[0].storefrontAlias", equalTo("techsolutions"));

        String storefrontUrl = "https://" + distributor + ".stores.example/techsolutions";
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as(reseller)
                        .get("/storefront/v1/subscriptions")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].status", equalTo("ACTIVE"))
                        .body("items[0].plan", equalTo("STANDARD"))
                        .body("items[0].storefrontUrl", equalTo(storefrontUrl)));
        as(operator(distributor))
                .get("/bss/v1/resellers/" + resellerId)
                .then()
                .statusCode(200)
                .body("tier", equalTo("STANDARD"));
        given().get("/public/v1/distributors/" + distributor + "/storefronts/techsolutions")
                .then()
                .statusCode(200)
                .body("url", equalTo(storefrontUrl))
                .body("status", equalTo("ACTIVE"))
                .body("signInAllowed", equalTo(true));

        await().atMost(EVENTUALLY)
                .until(() -> !mailsTo("ann@" + distributor + ".example").isEmpty());
        List<MailServer.Mail> mails = mailsTo("ann@" + distributor + ".example");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo(WELCOME);
        assertThat(mails.get(0).text()).contains(storefrontUrl);
        assertThat(mails.get(0).html()).contains(storefrontUrl);
    }

    @Test
    void aTakenAliasIsRefusedWithFreeSuggestionsAndNothingIsExecuted() {
        String distributor = newDistributor();
        String first = resellerAdmin(distributor, registerReseller(distributor, "Tech Solutions", "ann@first.example"));
        addToBasket(first, "STANDARD_PLAN");
        as(first)
                .body(Map.of("storefrontAlias", "techsolutions"))
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(201);

        String secondId = registerReseller(distributor, "Tech Solutions Two", "bob@second.example");
        String second = resellerAdmin(distributor, secondId);
        addToBasket(second, "STANDARD_PLAN");
        List<String> suggestions = as(second)
                .body(Map.of("storefrontAlias", "TechSolutions "))
                .post("/storefront/v1/basket/checkout")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ALIAS_TAKEN"))
                .body("suggestions", not(empty()))
                .extract()
                .path("suggestions");

        for (String suggestion : suggestions) {
            as(second)
                    .get("/storefront/v1/aliases/" + suggestion + "/availability")
                    .then()
                    .statusCode(200)
                    .body("available", equalTo(true));
        }
        as(second).get("/storefront/v1/orders").then().statusCode(200).body("items", empty());
        as(second).get("/storefront/v1/basket").then().statusCode(200).body("items", hasSize(1));
        as(operator(distributor))
                .get("/bss/v1/resellers/" + secondId)
                .then()
                .statusCode(200)
                .body("tier", equalTo("BASIC"));
    }
}
