package com.resellerplans.order.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resellerplans.order.client.StorefrontAliasClient.AliasHoldRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AliasHoldRequestTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void onlyAOneCallCheckoutHoldCarriesConfirm() throws JsonProcessingException {
        UUID orderId = UUID.randomUUID();

        String draftHold = json.writeValueAsString(new AliasHoldRequest(orderId, "r-1", "shop", 60, false));
        String checkoutHold = json.writeValueAsString(new AliasHoldRequest(orderId, "r-1", "shop", null, true));

        // a storefront-alias-service not yet upgraded refuses an unknown member: the draft's hold must not carry it
        assertThat(draftHold).doesNotContain("confirm").contains("\"holdSeconds\":60");
        assertThat(checkoutHold).contains("\"confirm\":true");
    }
}
