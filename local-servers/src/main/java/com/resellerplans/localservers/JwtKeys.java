package com.resellerplans.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA 2048 key pair that signs and verifies every JWT of the local run and the tests.
 *
 * <p>Files: {@value #PRIVATE_KEY_FILE} (PKCS#8 PEM, "BEGIN PRIVATE KEY") and {@value #PUBLIC_KEY_FILE}
 * (X.509 SubjectPublicKeyInfo PEM, "BEGIN PUBLIC KEY": what {@code mp.jwt.verify.publickey.location}
 * reads).
 */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final Path privateKeyPath;
    private final Path publicKeyPath;

    private JwtKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey, Path privateKeyPath, Path publicKeyPath) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.privateKeyPath = privateKeyPath;
        this.publicKeyPath = publicKeyPath;
    }

    /** Loads the key pair from {@code dir}, generating and writing it first if either file is missing. */
    public static synchronized JwtKeys generateIn(Path dir) {
        Path privatePath = dir.resolve(PRIVATE_KEY_FILE);
        Path publicPath = dir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.isRegularFile(privatePath) || !Files.isRegularFile(publicPath)) {
                Files.createDirectories(dir);
                KeyPair pair = generate();
                writeAtomically(
                        privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
                writeAtomically(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            }
            return load(privatePath, publicPath);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write or read JWT keys in " + dir, e);
        }
    }

    /** Reads an existing pair. */
    public static JwtKeys load(Path privateKeyPem, Path publicKeyPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    fromPem(Files.readString(privateKeyPem, StandardCharsets.US_ASCII), "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(
                    fromPem(Files.readString(publicKeyPem, StandardCharsets.US_ASCII), "PUBLIC KEY")));
            return new JwtKeys(privateKey, publicKey, privateKeyPem, publicKeyPem);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read JWT keys", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Invalid JWT key files " + privateKeyPem + ", " + publicKeyPem, e);
        }
    }

    /** A fresh pair for tests, written to a temporary directory deleted when the JVM exits. */
    public static JwtKeys ephemeral() {
        try {
            Path dir = Files.createTempDirectory("jwt-keys-");
            JwtKeys keys = generateIn(dir);
            dir.resolve(PRIVATE_KEY_FILE).toFile().deleteOnExit();
            dir.resolve(PUBLIC_KEY_FILE).toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The PEM file for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyPath() {
        return publicKeyPath;
    }

    public Path privateKeyPath() {
        return privateKeyPath;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static byte[] fromPem(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static void writeAtomically(Path target, String content, boolean ownerOnly) throws IOException {
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (ownerOnly) {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            } else {
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
