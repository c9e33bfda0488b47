package com.resellerplans.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    @Test
    void findsAVerifiedTokenUntilItExpiresAndThenForgetsIt() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        JsonWebToken verified = expiringAt(NOW + 60);
        tokens.keep("a.b.c", verified);

        assertThat(tokens.find("a.b.c", NOW)).isSameAs(verified);
        assertThat(tokens.find("a.b.c", NOW + 59)).isSameAs(verified);
        assertThat(tokens.find("a.b.c", NOW + 60)).isNull();
        assertThat(tokens.find("a.b.c", NOW)).as("forgotten once expired").isNull();
    }

    @Test
    void findsOnlyTheExactTokenThatVerified() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.keep("header.claims.signature", expiringAt(NOW + 60));

        assertThat(tokens.find("header.claims.signaturf", NOW)).isNull();
        assertThat(tokens.find("header.claims.", NOW)).isNull();
    }

    @Test
    void pastItsCapacityForgetsTheTokenUnusedTheLongest() {
        VerifiedTokens tokens = new VerifiedTokens(2);
        tokens.keep("first", expiringAt(NOW + 60));
        tokens.keep("second", expiringAt(NOW + 60));
        tokens.find("first", NOW);
        tokens.keep("third", expiringAt(NOW + 60));

        assertThat(tokens.find("second", NOW)).isNull();
        assertThat(tokens.find("first", NOW)).isNotNull();
        assertThat(tokens.find("third", NOW)).isNotNull();
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0);
        tokens.keep("a.b.c", expiringAt(NOW + 60));

        assertThat(tokens.find("a.b.c", NOW)).isNull();
    }

    private static JsonWebToken expiringAt(long epochSecond) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("operator-1");
        claims.setExpirationTime(NumericDate.fromSeconds(epochSecond));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
