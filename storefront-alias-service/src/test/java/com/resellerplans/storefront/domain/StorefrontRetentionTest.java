package com.resellerplans.storefront.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.events.Plan;
import com.resellerplans.events.SubscriptionActivated;
import com.resellerplans.events.Topics;
import com.resellerplans.storefront.EventTraffic;
import com.resellerplans.storefront.EventTraffic.TopicReader;
import com.resellerplans.storefront.StorefrontFixture;
import com.resellerplans.storefront.Tenants;
import com.resellerplans.storefront.alias.api.AliasHoldsClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StorefrontRetentionTest {
    @Inject
    StorefrontRetention retention;

    private final Tenants tenant = Tenants.fresh();
    private final StorefrontFixture reseller = StorefrontFixture.of(tenant);

    @Test
    void a_suspended_storefront_is_purged_when_its_retention_ends_and_its_alias_is_free_again() {
        given().auth()
                .oauth2(tenant.operator())
                .contentType("application/json")
                .body(Map.of("baseUrl", "https://cloud.disti.com", "retentionDays", 1))
                .put("/bss/v1/setup/storefront")
                .then()
                .statusCode(200);
        SubscriptionActivated activated = reseller.activate("shortlived", Plan.FREE);
        reseller.cancel(activated);

        assertThat(retention.purgeDueAt(Instant.now().plus(Duration.ofHours(23))))
                .isZero();
        reseller.publicView("shortlived").statusCode(200).body("status", equalTo("SUSPENDED"));

        retention.purgeDueAt(Instant.now().plus(Duration.ofHours(25)));
        reseller.publicView("shortlived").statusCode(404).body("code", equalTo("STOREFRONT_NOT_FOUND"));
        AliasHoldsClient.availability(tenant.operator(), "shortlived").body("available", equalTo(true));
        try (TopicReader events = new TopicReader(Topics.STOREFRONTS)) {
            String alias = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> events.records(reseller.resellerId(), "storefront.purged.v1"),
                            records -> !records.isEmpty())
                    .get(0)
                    .value();
            assertThat(EventTraffic.JSON.readTree(alias).path("alias").asText()).isEqualTo("shortlived");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
