package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenIssueTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final TokenIssueTime rule = new TokenIssueTime(Clock.fixed(NOW, ZoneOffset.UTC));

    /** A verified token as smallrye-jwt hands it over, reduced to its issue time. */
    private record Token(Long iat) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return iat == null ? Set.of("sub") : Set.of("sub", "iat");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return claimName.equals("iat") ? (T) iat : null;
        }
    }

    @Test
    void aTokenIssuedUpToAMinuteAheadIsAcceptedAsClockDrift() {
        for (long secondsAhead : new long[] {-3600, 0, 60}) {
            SecurityIdentity identity = identity(new Token(NOW.getEpochSecond() + secondsAhead));

            assertThat(rule.augment(identity, null).await().indefinitely()).isSameAs(identity);
        }
    }

    @Test
    void aTokenIssuedMoreThanAMinuteAheadIsNotValidYet() {
        SecurityIdentity identity = identity(new Token(NOW.getEpochSecond() + 61));

        assertThatThrownBy(() -> rule.augment(identity, null).await().indefinitely())
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void anIdentityWithoutATokenIssueTimeIsLeftAlone() {
        Principal someone = () -> "someone";
        for (SecurityIdentity identity : new SecurityIdentity[] {
            identity(new Token(null)),
            identity(someone),
            QuarkusSecurityIdentity.builder().setAnonymous(true).build()
        }) {
            assertThat(rule.augment(identity, null).await().indefinitely()).isSameAs(identity);
        }
    }

    private static SecurityIdentity identity(Principal principal) {
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
    }
}
