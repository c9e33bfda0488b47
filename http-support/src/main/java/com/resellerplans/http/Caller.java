package com.resellerplans.http;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.events.Actor;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the token the gateway passed on (and this service verified again): its tenant, and
 * for reseller staff and sub-customers the reseller they belong to.
 */
@RequestScoped
public class Caller {
    public static final String OPERATOR = "bss-operator";
    public static final String RESELLER_ADMIN = "reseller-admin";
    public static final String SUB_CUSTOMER = "sub-customer";

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public String distributorId() {
        String distributor = token.getClaim("distributor");
        if (distributor == null || distributor.isBlank()) {
            throw new DomainException(
                    Refusal.FORBIDDEN, "TOKEN_WITHOUT_DISTRIBUTOR", "The token names no distributor.");
        }
        return distributor;
    }

    public Optional<String> resellerId() {
        return Optional.ofNullable(token.<String>getClaim("reseller")).filter(reseller -> !reseller.isBlank());
    }

    /** The reseller a reseller-side token acts for; refuses tokens that name none. */
    public String requireResellerId() {
        return resellerId()
                .orElseThrow(() -> new DomainException(
                        Refusal.FORBIDDEN, "TOKEN_WITHOUT_RESELLER", "The token names no reseller."));
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean isOperator() {
        return token.getGroups().contains(OPERATOR);
    }

    /** The actor recorded on changes: the subject and the role it acted in. */
    public Actor actor() {
        String role =
                isOperator() ? OPERATOR : token.getGroups().contains(RESELLER_ADMIN) ? RESELLER_ADMIN : SUB_CUSTOMER;
        return new Actor(subject(), role);
    }

    /** The caller's raw bearer token, passed on to synchronous calls inside the cluster. */
    public String bearerToken() {
        return token.getRawToken();
    }
}
