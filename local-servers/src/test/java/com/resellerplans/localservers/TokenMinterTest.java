package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mintedTokensVerifyWithThePublicKeyFile() throws Exception {
        JwtKeys keys = JwtKeys.ephemeral();
        TokenMinter minter = new TokenMinter(keys);

        String token = minter.reseller("dist-1", "res-7");
        PublicKey publicKey = readPublicKeyPem(keys.publicKeyPath());
        assertThat(verifies(token, publicKey)).isTrue();

        JsonNode header = part(token, 0);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        JsonNode claims = part(token, 1);
        assertThat(claims.get("iss").asText())
                .isEqualTo(TokenMinter.ISSUER)
                .isEqualTo("https://identity.reseller-plans.local");
        assertThat(claims.get("aud").asText()).isEqualTo(TokenMinter.AUDIENCE).isEqualTo("reseller-plans");
        assertThat(claims.get("sub").asText()).isEqualTo("admin@res-7");
        assertThat(claims.get("distributor").asText()).isEqualTo("dist-1");
        assertThat(claims.get("reseller").asText()).isEqualTo("res-7");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("reseller-admin");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("jti").asText()).isNotBlank();

        JsonNode operator = part(minter.operator("dist-1"), 1);
        assertThat(operator.get("groups").get(0).asText()).isEqualTo("bss-operator");
        assertThat(operator.has("reseller")).isFalse();
        JsonNode customer = part(minter.subCustomer("dist-1", "res-7"), 1);
        assertThat(customer.get("groups").get(0).asText()).isEqualTo("sub-customer");
        JsonNode shortLived = part(minter.mint("me", "sub-customer", "d", "r", 60), 1);
        assertThat(shortLived.get("exp").asLong() - shortLived.get("iat").asLong())
                .isEqualTo(60);

        // another key pair does not verify it; a tampered payload does not verify either
        assertThat(verifies(token, JwtKeys.ephemeral().publicKey())).isFalse();
        String[] pieces = token.split("\\.");
        String tampered = pieces[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(new String(Base64.getUrlDecoder().decode(pieces[1]), StandardCharsets.UTF_8)
                                .replace("res-7", "res-8")
                                .getBytes(StandardCharsets.UTF_8))
                + "." + pieces[2];
        assertThat(verifies(tampered, publicKey)).isFalse();

        assertThatThrownBy(() -> minter.mint("x", "admin", "d", null, 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generateInWritesOnceAndLoadsAfterwards(@TempDir Path dir) throws Exception {
        JwtKeys first = JwtKeys.generateIn(dir);
        String publicPem = Files.readString(dir.resolve("jwt-public.pem"));
        String privatePem = Files.readString(dir.resolve("jwt-private.pem"));
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);

        JwtKeys second = JwtKeys.generateIn(dir);
        assertThat(Files.readString(dir.resolve("jwt-public.pem"))).isEqualTo(publicPem);
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(verifies(new TokenMinter(second).operator("d"), first.publicKey()))
                .isTrue();
    }

    static boolean verifies(String token, PublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static PublicKey readPublicKeyPem(Path file) throws Exception {
        String pem = Files.readString(file)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }
}
