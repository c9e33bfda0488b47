package com.resellerplans.gateway.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Where smallrye-jwt finds the key tokens are verified with ({@code mp.jwt.verify.*}, read by {@link TokenVerifier}). */
@ConfigMapping(prefix = "mp.jwt.verify")
public interface TokenKey {
    /** A PEM file or a JWKS URL ({@code https://.../protocol/openid-connect/certs}). */
    @WithName("publickey.location")
    String location();
}
