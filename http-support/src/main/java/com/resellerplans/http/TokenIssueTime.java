package com.resellerplans.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a verified token whose issue time ({@code iat}) lies ahead of this service's clock by more than the
 * drift clocks are allowed (401, as the gateway does): jose4j checks {@code exp} and {@code nbf} but not {@code iat}.
 */
@ApplicationScoped
public class TokenIssueTime implements SecurityIdentityAugmentor {
    /** The same allowance as the gateway's, so a token refused there is refused here too. */
    static final long ALLOWED_DRIFT_SECONDS = 60;

    private final Clock clock;

    TokenIssueTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && issuedAhead(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The bearer token is not valid yet."));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean issuedAhead(JsonWebToken token) {
        Long issuedAt = token.getClaim(Claims.iat.name());
        return issuedAt != null && issuedAt > clock.instant().getEpochSecond() + ALLOWED_DRIFT_SECONDS;
    }
}
