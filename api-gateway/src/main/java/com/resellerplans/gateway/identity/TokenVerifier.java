package com.resellerplans.gateway.identity;

import com.resellerplans.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Verifies the caller's {@code Authorization: Bearer} RS256 JWT with smallrye-jwt, configured by
 * {@code mp.jwt.verify.*} (public key file or JWKS URL, issuer, audience, expiry); a token verified before and not
 * expired yet is taken from {@link VerifiedTokens} on the event loop ({@code verified_tokens_total{outcome}} counts
 * both, as in the services).
 */
@ApplicationScoped
public class TokenVerifier {

    private static final String BEARER = "bearer ";
    /** How far a token's issue time may lie ahead of the gateway's clock (clocks drift). */
    private static final long ISSUED_AT_SKEW_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);

    private final JWTParser parser;
    private final Vertx vertx;
    private final String keyLocation;
    private final Clock clock = Clock.systemUTC();
    private final VerifiedTokens verifiedTokens;
    private final Counter kept;
    private final Counter verifiedAnew;
    private final Counter refused;

    public TokenVerifier(JWTParser parser, Vertx vertx, GatewayConfig config, MeterRegistry meters) {
        this.parser = parser;
        this.vertx = vertx;
        this.keyLocation = config.tokenKeyLocation();
        this.verifiedTokens = new VerifiedTokens(config.verifiedTokensKept());
        this.kept = counter(meters, "kept");
        this.verifiedAnew = counter(meters, "verified");
        this.refused = counter(meters, "refused");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("verified.tokens")
                .description("Bearer tokens found among those this replica verified already (kept), verified, or"
                        + " refused")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** The verified token, or a failed future with {@link InvalidTokenException}. */
    public Future<JsonWebToken> verify(String authorization) {
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return Future.failedFuture(new InvalidTokenException("A bearer token is required."));
        }
        String token = authorization.substring(BEARER.length()).trim();
        JsonWebToken known = verifiedTokens.find(token, clock.instant().getEpochSecond());
        if (known != null) {
            kept.increment();
            return Future.succeededFuture(known);
        }
        // the first parse loads the key (a file, or a JWKS URL over HTTP): never on the event loop
        return vertx.executeBlocking(() -> parse(token), false)
                .onSuccess(verified -> {
                    verifiedAnew.increment();
                    verifiedTokens.keep(token, verified);
                })
                .onFailure(ignored -> refused.increment());
    }

    private JsonWebToken parse(String token) {
        try {
            JsonWebToken verified = parser.parse(token);
            // jose4j checks exp and nbf but not iat: a token minted in the future is not valid yet either
            if (verified.getIssuedAtTime() > clock.instant().getEpochSecond() + ISSUED_AT_SKEW_SECONDS) {
                throw new InvalidTokenException("The bearer token is not valid yet.");
            }
            return verified;
        } catch (ParseException e) {
            LOG.debugf("Refused a bearer token: %s", e.getMessage());
            throw new InvalidTokenException("The bearer token is not valid (signature, issuer, audience or expiry).");
        } catch (InvalidTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            // not the token's fault (e.g. the verification key cannot be loaded): the caller still gets a 401
            LOG.warnf("Could not verify a bearer token: %s", e.toString());
            throw new InvalidTokenException("The bearer token could not be verified.");
        }
    }

    /** A key file that is missing is worth a line at start-up, not only a 401 on every call. */
    void checkKeyLocation(@Observes StartupEvent started) {
        boolean remote = keyLocation.startsWith("http://") || keyLocation.startsWith("https://");
        boolean onClasspath = keyLocation.startsWith("classpath:");
        if (!remote && !onClasspath && !Files.isReadable(Path.of(keyLocation.replaceFirst("^file:", "")))) {
            LOG.warnf(
                    "No JWT verification key at %s (mp.jwt.verify.publickey.location): every token will be refused",
                    keyLocation);
        }
    }

    /** The caller presented no token or one that does not verify; the message is safe to show. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(String message) {
            super(message, null, false, false);
        }
    }
}
