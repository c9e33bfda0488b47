package com.resellerplans.http.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.localservers.JwtKeys;
import com.resellerplans.localservers.MovableClock;
import com.resellerplans.localservers.TokenMinter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class KeptTokensParserTest {

    private static final JwtKeys KEYS = JwtKeys.ephemeral();
    private static final TokenMinter TOKENS = new TokenMinter(KEYS);

    private final MovableClock clock = new MovableClock();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void a_verified_token_is_kept_until_it_expires_and_then_verified_again() throws ParseException {
        KeptTokensParser parser = parser(10);
        String token = TOKENS.mint("operator@d-1", TokenMinter.GROUP_OPERATOR, "d-1", null, 120);
        JsonWebToken first = parser.parse(token);

        clock.advance(Duration.ofSeconds(60));
        assertThat(parser.parse(token)).isSameAs(first);

        // past its exp by the parser's clock (smallrye's own check still allows it on real time): verified anew
        clock.advance(Duration.ofSeconds(61));
        JsonWebToken again = parser.parse(token);
        assertThat(again).isNotSameAs(first);
        assertThat(again.getSubject()).isEqualTo("operator@d-1");
        assertThat(count("kept")).isEqualTo(1);
        assertThat(count("verified")).isEqualTo(2);
    }

    @Test
    void a_token_expired_on_its_first_verification_is_refused() {
        KeptTokensParser parser = parser(10);
        String expired = TOKENS.expiredOperator("d-1");

        assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
        assertThat(count("refused")).isEqualTo(2);
        assertThat(count("verified")).isZero();
    }

    @Test
    void a_token_with_a_changed_signature_is_not_matched_and_refused() throws ParseException {
        KeptTokensParser parser = parser(10);
        String token = TOKENS.operator("d-1");
        parser.parse(token);

        String tampered = TokenMinter.withChangedSignature(token);

        assertThatThrownBy(() -> parser.parse(tampered)).isInstanceOf(ParseException.class);
    }

    @Test
    void a_token_for_another_audience_or_issuer_is_refused_on_its_first_verification() {
        String token = TOKENS.operator("d-1");
        JWTAuthContextInfo otherAudience = context();
        otherAudience.setExpectedAudience(Set.of("someone-else"));
        JWTAuthContextInfo otherIssuer = context();
        otherIssuer.setIssuedBy("https://elsewhere.example");

        assertThatThrownBy(
                        () -> new KeptTokensParser(new DefaultJWTParser(otherAudience), 10, clock, meters).parse(token))
                .isInstanceOf(ParseException.class);
        assertThatThrownBy(
                        () -> new KeptTokensParser(new DefaultJWTParser(otherIssuer), 10, clock, meters).parse(token))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void past_its_capacity_the_token_unused_the_longest_is_verified_again() throws ParseException {
        KeptTokensParser parser = parser(2);
        String first = TOKENS.operator("d-1");
        String second = TOKENS.operator("d-2");
        String third = TOKENS.operator("d-3");
        JsonWebToken firstVerified = parser.parse(first);
        JsonWebToken secondVerified = parser.parse(second);
        parser.parse(first);
        parser.parse(third);

        assertThat(parser.parse(first)).isSameAs(firstVerified);
        assertThat(parser.parse(second)).isNotSameAs(secondVerified);
    }

    @Test
    void a_capacity_of_zero_verifies_every_time() throws ParseException {
        KeptTokensParser parser = parser(0);
        String token = TOKENS.operator("d-1");

        assertThat(parser.parse(token)).isNotSameAs(parser.parse(token));
        assertThat(count("kept")).isZero();
        assertThat(count("verified")).isEqualTo(2);
    }

    private double count(String outcome) {
        return meters.get("verified.tokens").tag("outcome", outcome).counter().count();
    }

    private KeptTokensParser parser(int capacity) {
        return new KeptTokensParser(new DefaultJWTParser(context()), capacity, clock, meters);
    }

    private static JWTAuthContextInfo context() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(KEYS.publicKey(), TokenMinter.ISSUER);
        context.setExpectedAudience(Set.of(TokenMinter.AUDIENCE));
        return context;
    }
}
