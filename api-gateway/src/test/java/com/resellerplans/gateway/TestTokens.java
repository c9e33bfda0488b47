package com.resellerplans.gateway;

import com.resellerplans.localservers.JwtKeys;
import com.resellerplans.localservers.TokenMinter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for the gateway tests: good ones from local-servers' {@link TokenMinter} with the keys the
 * gateway verifies with, and every kind of bad one, minted here with the JDK.
 */
final class TestTokens {

    static final String DISTRIBUTOR = "disti-1";
    static final String RESELLER = "reseller-1";
    private static final JwtKeys KEYS = JwtKeys.generateIn(GatewayTestResource.KEY_DIR);
    private static final TokenMinter MINTER = new TokenMinter(KEYS);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {}

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String operator() {
        return MINTER.operator(DISTRIBUTOR);
    }

    static String reseller() {
        return MINTER.reseller(DISTRIBUTOR, RESELLER);
    }

    static String subCustomer() {
        return MINTER.subCustomer(DISTRIBUTOR, RESELLER);
    }

    /** An operator of the test distributor with a subject of its own (its own rate-limit budget). */
    static String operatorNamed(String subject) {
        return MINTER.mint(subject, TokenMinter.GROUP_OPERATOR, DISTRIBUTOR, null, 600);
    }

    /** A sub-customer of the test reseller with a subject of its own. */
    static String subCustomerNamed(String subject) {
        return MINTER.subCustomer(DISTRIBUTOR, RESELLER, subject);
    }

    /** A reseller-admin token that names no reseller. */
    static String resellerAdminWithoutReseller() {
        return MINTER.mint("admin@nowhere", TokenMinter.GROUP_RESELLER_ADMIN, DISTRIBUTOR, null, 600);
    }

    /** An operator's claims, changed by the caller, signed RS256 with the gateway's key. */
    static JsonObject operatorClaims() {
        long now = Instant.now().getEpochSecond();
        return new JsonObject()
                .put("iss", TokenMinter.ISSUER)
                .put("aud", TokenMinter.AUDIENCE)
                .put("sub", "operator@" + DISTRIBUTOR)
                .put("distributor", DISTRIBUTOR)
                .put("groups", new JsonArray(List.of(TokenMinter.GROUP_OPERATOR)))
                .put("iat", now)
                .put("exp", now + 600);
    }

    static String rs256(JsonObject claims) {
        return rs256(claims, KEYS.privateKey());
    }

    /** Signed by a key the gateway does not know. */
    static String rs256WithForeignKey(JsonObject claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return rs256(claims, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: no signature at all. */
    static String unsigned(JsonObject claims) {
        return signingInput("none", claims) + ".";
    }

    /** HS256 keyed with the gateway's public key: the classic algorithm-confusion forgery. */
    static String hs256WithPublicKey(JsonObject claims) {
        try {
            String input = signingInput("HS256", claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEYS.publicKeyPem().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rs256(JsonObject claims, PrivateKey key) {
        try {
            String input = signingInput("RS256", claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signingInput(String alg, JsonObject claims) {
        String header = new JsonObject().put("alg", alg).put("typ", "JWT").encode();
        return BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
    }
}
