package com.resellerplans.storefront.alias.api;

import static com.resellerplans.storefront.alias.api.AliasHoldsClient.availability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.resellerplans.http.tokens.KeptTokensParser;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import com.resellerplans.storefront.Tenants;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service's bearer tokens go through http-support's kept-tokens parser: a kept token still answers, a bad one never. */
@QuarkusTest
class KeptTokenAuthenticationTest {
    private final Tenants tenant = Tenants.fresh();

    @Inject
    JWTParser parser;

    @Test
    void the_services_token_parser_keeps_what_it_verified() throws ParseException {
        String token = tenant.operator();

        assertThat(parser).isInstanceOf(KeptTokensParser.class);
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void a_kept_token_is_still_accepted_on_every_request() {
        String token = tenant.operator();

        availability(token, "kept-token").statusCode(200).body("available", equalTo(true));
        availability(token, "kept-token").statusCode(200).body("available", equalTo(true));
        availability(token, "kept-token-2").statusCode(200).body("alias", equalTo("kept-token-2"));
    }

    @Test
    void an_expired_token_is_refused() {
        String expired = TestServers.tokens().expiredOperator(tenant.distributorId());

        availability(expired, "kept-token").statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_kept_token_with_a_changed_signature_is_refused() {
        String token = tenant.operator();
        availability(token, "kept-token").statusCode(200);

        String tampered = TokenMinter.withChangedSignature(token);

        availability(tampered, "kept-token").statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        availability(token, "kept-token").statusCode(200);
    }
}
