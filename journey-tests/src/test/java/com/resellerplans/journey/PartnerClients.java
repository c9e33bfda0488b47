package com.resellerplans.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The typed clients generated from the partner documents (module partner-client), against the suite's gateway,
 * each bearing one caller's token and reading and writing through a {@link ConformingMapper} of its document.
 */
final class PartnerClients {
    static final String BSS_DOCUMENT = "partner-openapi/openapi-bss.json";
    static final String STOREFRONT_DOCUMENT = "partner-openapi/openapi-storefront.json";
    private static final ConformingMapper BSS_MAPPER = new ConformingMapper(
            com.resellerplans.partner.bss.ApiClient.createDefaultObjectMapper(),
            "urn:partner:bss",
            document(BSS_DOCUMENT));
    private static final ConformingMapper STOREFRONT_MAPPER = new ConformingMapper(
            com.resellerplans.partner.storefront.ApiClient.createDefaultObjectMapper(),
            "urn:partner:storefront",
            document(STOREFRONT_DOCUMENT));

    private PartnerClients() {}

    /** A client of the BSS API for the token's caller. */
    static com.resellerplans.partner.bss.ApiClient bss(String token) {
        com.resellerplans.partner.bss.ApiClient client = new com.resellerplans.partner.bss.ApiClient();
        client.updateBaseUri(gateway());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setObjectMapper(BSS_MAPPER);
        return client;
    }

    /** A client of the Storefront API for the token's caller, or without a token for the public routes. */
    static com.resellerplans.partner.storefront.ApiClient storefront(String tokenOrNull) {
        com.resellerplans.partner.storefront.ApiClient client = new com.resellerplans.partner.storefront.ApiClient();
        client.updateBaseUri(gateway());
        if (tokenOrNull != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokenOrNull));
        }
        client.setObjectMapper(STOREFRONT_MAPPER);
        return client;
    }

    /** A fresh Idempotency-Key, as a partner sends one with every POST. */
    static String key() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs a call the server must refuse through the BSS client: the refusal has the status and code, and its body
     * conforms to the document's Problem.
     */
    static void refusedByBss(ThrowingCallable call, int status, String code) {
        com.resellerplans.partner.bss.ApiException refusal =
                catchThrowableOfType(com.resellerplans.partner.bss.ApiException.class, call);
        assertRefusal(
                BSS_MAPPER,
                refusal == null ? -1 : refusal.getCode(),
                refusal == null ? null : refusal.getResponseBody(),
                status,
                code);
    }

    /** As {@link #refusedByBss}, through the Storefront client. */
    static void refusedByStorefront(ThrowingCallable call, int status, String code) {
        com.resellerplans.partner.storefront.ApiException refusal =
                catchThrowableOfType(com.resellerplans.partner.storefront.ApiException.class, call);
        assertRefusal(
                STOREFRONT_MAPPER,
                refusal == null ? -1 : refusal.getCode(),
                refusal == null ? null : refusal.getResponseBody(),
                status,
                code);
    }

    /** The document the client of that family was generated from, as the partner-client jar carries it. */
    static String document(String resource) {
        try (InputStream in = PartnerClients.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("the partner-client jar's " + resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefusal(ConformingMapper mapper, int answered, String body, int status, String code) {
        assertThat(answered).as("refused with %s: %s", code, body).isEqualTo(status);
        mapper.conform("refusal", body, "Problem");
        assertThat(body).contains("\"code\":\"" + code + "\"");
    }

    private static String gateway() {
        return "http://localhost:" + RestAssured.port;
    }
}
