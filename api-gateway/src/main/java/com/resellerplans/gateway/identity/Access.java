package com.resellerplans.gateway.identity;

import io.vertx.core.http.HttpMethod;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may call a family of routes: the gateway's coarse check, done before forwarding. The services
 * re-check the same token (tenant, reseller, role) on every call.
 */
public enum Access {
    /** {@code /bss/**}: an operator of the token's distributor. */
    OPERATOR,
    /** {@code /storefront/**}: the admin of the reseller named by the token's {@code reseller} claim. */
    RESELLER_ADMIN,
    /** {@code /public/**}: reading is anonymous; anything else (sign-in) needs a reseller's or sub-customer's token. */
    PUBLIC;

    public static final String GROUP_OPERATOR = "bss-operator";
    public static final String GROUP_RESELLER_ADMIN = "reseller-admin";
    public static final String GROUP_SUB_CUSTOMER = "sub-customer";
    static final String CLAIM_DISTRIBUTOR = "distributor";
    static final String CLAIM_RESELLER = "reseller";

    /** Whether a call with this method needs a verified token. */
    public boolean needsToken(HttpMethod method) {
        return this != PUBLIC || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
    }

    /** Why this verified token may not call the route; empty when it may. */
    public Optional<String> refusal(JsonWebToken token) {
        if (stringClaim(token, CLAIM_DISTRIBUTOR).isEmpty()) {
            return Optional.of("The token names no distributor.");
        }
        Set<String> groups = token.getGroups();
        return switch (this) {
            case OPERATOR ->
                groups.contains(GROUP_OPERATOR)
                        ? Optional.empty()
                        : Optional.of("Only a BSS operator may call the BSS API.");
            case RESELLER_ADMIN ->
                groups.contains(GROUP_RESELLER_ADMIN)
                                && stringClaim(token, CLAIM_RESELLER).isPresent()
                        ? Optional.empty()
                        : Optional.of("Only a reseller's admin may call the Storefront API.");
            case PUBLIC ->
                groups.contains(GROUP_RESELLER_ADMIN) || groups.contains(GROUP_SUB_CUSTOMER)
                        ? Optional.empty()
                        : Optional.of("Only a reseller or a sub-customer may sign in to a storefront.");
        };
    }

    private static Optional<String> stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        // smallrye-jwt hands custom claims over as JSON-P values
        String text =
                value instanceof JsonString json ? json.getString() : value instanceof String plain ? plain : null;
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
