package com.resellerplans.journey;

import com.resellerplans.localservers.JwtKeys;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.localservers.TokenMinter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every kind of token the gateway must refuse, each made from an operator's good token of the distributor, so
 * the only thing wrong with it is the one named.
 */
final class ForgedTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {}

    /** The kinds that must answer 401 UNAUTHENTICATED, by name. */
    static Map<String, String> unverifiable(String distributor) {
        String good = TestServers.tokens().operator(distributor);
        String subject = "operator@" + distributor;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("malformed", "not-a-jwt");
        tokens.put("expired", TestServers.tokens().mint(subject, TokenMinter.GROUP_OPERATOR, distributor, null, -60));
        tokens.put(
                "issued in the future",
                new TokenMinter(TestServers.keys().privateKey(), Clock.offset(Clock.systemUTC(), Duration.ofHours(2)))
                        .mint(subject, TokenMinter.GROUP_OPERATOR, distributor, null, 3600));
        long inAnHour = Instant.now().getEpochSecond() + 3600;
        tokens.put(
                "not before an hour from now",
                resigned(good, claims -> claims.replace("\"iat\":", "\"nbf\":" + inAnHour + ",\"iat\":")));
        tokens.put(
                "other issuer", resigned(good, claims -> claims.replace(TokenMinter.ISSUER, "https://evil.example")));
        tokens.put(
                "other audience",
                resigned(good, claims -> claims.replace("\"" + TokenMinter.AUDIENCE + "\"", "\"another-product\"")));
        tokens.put(
                "unknown key",
                new TokenMinter(JwtKeys.ephemeral().privateKey(), Clock.systemUTC()).operator(distributor));
        tokens.put("alg none", header(good, "{\"alg\":\"none\",\"typ\":\"JWT\"}") + ".");
        tokens.put("HS256 keyed with the public key", hs256(good));
        tokens.put(
                "tampered claims",
                header(good, null) + "." + encode(payload(good).replace(distributor, "another-" + distributor)) + "."
                        + good.split("\\.")[2]);
        return tokens;
    }

    /** A well-signed operator token that names no distributor: verified, then refused 403. */
    static String withoutDistributor(String distributor) {
        return resigned(
                TestServers.tokens().operator(distributor),
                claims -> claims.replace("\"distributor\":\"" + distributor + "\",", ""));
    }

    private static String resigned(String token, UnaryOperator<String> change) {
        String changed = change.apply(payload(token));
        if (changed.equals(payload(token))) {
            throw new IllegalStateException("The change did not apply to " + payload(token));
        }
        String input = header(token, null) + "." + encode(changed);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(TestServers.keys().privateKey());
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + ENCODER.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(String token) {
        String input = header(token, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    TestServers.keys().publicKeyPem().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return input + "." + ENCODER.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's header segment, or the given header JSON encoded. */
    private static String header(String token, String jsonOrNull) {
        return jsonOrNull == null ? token.split("\\.")[0] : encode(jsonOrNull);
    }

    private static String payload(String token) {
        return new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
