package com.resellerplans.http.tokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link JWTParser} Quarkus's bearer-token authentication uses in every service: smallrye-jwt's own parser
 * (signature, issuer, audience and expiry, as {@code mp.jwt.verify.*} configure it), with each token it verified
 * kept until the token expires. A caller sends the same token with every request of its lifetime, and checking its
 * RS256 signature again was about a quarter of a service's CPU per request. The key is the whole token, signature
 * included, so only the very text that verified is found; the map is access-ordered and bounded, past its capacity
 * the token unused the longest is forgotten (and verified again on its next request). Counter
 * {@code verified_tokens_total{outcome="kept"|"verified"|"refused"}} shows how often a request found its token
 * kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class KeptTokensParser implements JWTParser {

    private final JWTParser verifier;
    private final boolean enabled;
    private final Map<String, JsonWebToken> verified;
    // the real time, as the verifier's own expiry check uses it: a test clock set back must not revive a token
    private final Clock clock;
    private final Counter kept;
    private final Counter verifiedAnew;
    private final Counter refused;

    @Inject
    KeptTokensParser(DefaultJWTParser verifier, VerifiedTokensConfig config, MeterRegistry meters) {
        this(verifier, config.kept(), Clock.systemUTC(), meters);
    }

    KeptTokensParser(JWTParser verifier, int capacity, Clock clock, MeterRegistry meters) {
        this.verifier = verifier;
        this.enabled = capacity > 0;
        this.clock = clock;
        this.kept = counter(meters, "kept");
        this.verifiedAnew = counter(meters, "verified");
        this.refused = counter(meters, "refused");
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonWebToken> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = enabled ? find(token) : null;
        if (known != null) {
            kept.increment();
            return known;
        }
        JsonWebToken fresh;
        try {
            fresh = verifier.parse(token);
        } catch (ParseException e) {
            refused.increment();
            throw e;
        }
        verifiedAnew.increment();
        if (!enabled) {
            return fresh;
        }
        if (fresh.getExpirationTime() > now()) {
            synchronized (verified) {
                verified.put(token, fresh);
            }
        }
        return fresh;
    }

    private JsonWebToken find(String token) {
        synchronized (verified) {
            JsonWebToken known = verified.get(token);
            if (known != null && known.getExpirationTime() <= now()) {
                verified.remove(token);
                return null;
            }
            return known;
        }
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("verified.tokens")
                .description("Bearer tokens found among those this instance verified already (kept), verified, or"
                        + " refused")
                .tag("outcome", outcome)
                .register(meters);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    // the rest is not the bearer-token path: straight to smallrye's parser, nothing kept

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
