package com.resellerplans.localservers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Signs RS256 JWTs the services accept: issuer {@value #ISSUER}, audience {@value #AUDIENCE}, the
 * caller's role in {@code groups}, and the tenant in {@code distributor} / {@code reseller}.
 * JDK only: {@code SHA256withRSA} over base64url(header).base64url(claims).
 */
public final class TokenMinter {

    public static final String ISSUER = "https://identity.reseller-plans.local";
    public static final String AUDIENCE = "reseller-plans";

    public static final String GROUP_OPERATOR = "bss-operator";
    public static final String GROUP_RESELLER_ADMIN = "reseller-admin";
    public static final String GROUP_SUB_CUSTOMER = "sub-customer";
    public static final Set<String> GROUPS = Set.of(GROUP_OPERATOR, GROUP_RESELLER_ADMIN, GROUP_SUB_CUSTOMER);

    public static final long DEFAULT_TTL_SECONDS = 3600;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER =
            BASE64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final PrivateKey signingKey;
    private final Clock clock;

    public TokenMinter(JwtKeys keys) {
        this(keys.privateKey(), Clock.systemUTC());
    }

    public TokenMinter(PrivateKey signingKey, Clock clock) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A BSS operator of the distributor; subject {@code operator@<distributor>}. */
    public String operator(String distributor) {
        return mint("operator@" + distributor, GROUP_OPERATOR, distributor, null, DEFAULT_TTL_SECONDS);
    }

    /** The admin of a reseller; subject {@code admin@<resellerId>}. */
    public String reseller(String distributor, String resellerId) {
        return mint(
                "admin@" + resellerId,
                GROUP_RESELLER_ADMIN,
                distributor,
                requireReseller(resellerId),
                DEFAULT_TTL_SECONDS);
    }

    /** A sub-customer of a reseller; subject {@code customer@<resellerId>}. */
    public String subCustomer(String distributor, String resellerId) {
        return subCustomer(distributor, resellerId, "customer@" + resellerId);
    }

    /** A sub-customer of a reseller with the given subject. */
    public String subCustomer(String distributor, String resellerId, String subject) {
        return mint(subject, GROUP_SUB_CUSTOMER, distributor, requireReseller(resellerId), DEFAULT_TTL_SECONDS);
    }

    /** An operator token of the distributor that expired an hour ago (issued two hours ago, valid for one). */
    public String expiredOperator(String distributor) {
        return new TokenMinter(signingKey, Clock.offset(clock, Duration.ofHours(-2))).operator(distributor);
    }

    /**
     * The token with one character in the middle of its signature changed: the same claims, a signature that does
     * not verify (not the last character, which may carry only unused bits).
     */
    public static String withChangedSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    /**
     * The general form. {@code group} is one of {@link #GROUPS}; {@code resellerOrNull} leaves the
     * {@code reseller} claim out when null; {@code exp = iat + ttlSeconds}.
     */
    public String mint(String subject, String group, String distributor, String resellerOrNull, long ttlSeconds) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(distributor, "distributor");
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("group must be one of " + GROUPS + ": " + group);
        }
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("distributor", distributor);
        if (resellerOrNull != null) {
            claims.put("reseller", resellerOrNull);
        }
        claims.put("groups", List.of(group));
        claims.put("iat", now);
        claims.put("exp", now + ttlSeconds);
        claims.put("jti", UUID.randomUUID().toString());
        return sign(claims);
    }

    private String sign(Map<String, Object> claims) {
        try {
            String signingInput = HEADER + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a JWT", e);
        }
    }

    private static String requireReseller(String resellerId) {
        return Objects.requireNonNull(resellerId, "resellerId");
    }
}
