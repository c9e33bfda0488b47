package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.WELCOME;
import static com.resellerplans.journey.Journeys.addToBasket;
import static com.resellerplans.journey.Journeys.awaitLiveSubscription;
import static com.resellerplans.journey.Journeys.awaitMail;
import static com.resellerplans.journey.Journeys.checkout;
import static com.resellerplans.journey.Journeys.mailsTo;
import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.newReseller;
import static com.resellerplans.journey.Journeys.publicStorefront;
import static com.resellerplans.journey.Journeys.storefrontUrl;
import static com.resellerplans.journey.Journeys.subscription;
import static com.resellerplans.journey.Journeys.tierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.journey.Journeys.Reseller;
import com.resellerplans.localservers.MailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 1 with the Free plan: a BASIC reseller checks out Free in its storefront and gets its storefront. */
@ExtendWith(RunningSuite.class)
class FreeCheckoutJourneyIT {

    @Test
    void basicResellerChecksOutFreeWithAnAliasAndIsWelcomedToItsStorefront() {
        Reseller reseller = newReseller(newDistributor(), "freebie");
        String url = storefrontUrl(reseller.distributor(), "freebie");

        addToBasket(reseller.token(), "FREE_PLAN");
        checkout(reseller.token(), "Freebie")
                .then()
                .statusCode(201)
                .body("status", equalTo("EXECUTED"))
                .body("kind", equalTo("NEW"))
                .body("channel", equalTo("STOREFRONT"))
                .body("items[0].product", equalTo("FREE_PLAN"))
                .body("items[0].storefrontAlias", equalTo("freebie"));

        String subscriptionId = awaitLiveSubscription(reseller, "FREE");
        subscription(reseller.distributor(), subscriptionId)
                .body("plan", equalTo("FREE"))
                .body("storefrontUrl", equalTo(url));
        assertThat(tierOf(reseller)).isEqualTo("FREE");
        publicStorefront(reseller.distributor(), "freebie")
                .statusCode(200)
                .body("url", equalTo(url))
                .body("status", equalTo("ACTIVE"))
                .body("signInAllowed", equalTo(true));

        MailServer.Mail welcome = awaitMail(reseller.email(), WELCOME);
        assertThat(welcome.text()).contains(url);
        assertThat(mailsTo(reseller.email())).hasSize(1);
    }
}
