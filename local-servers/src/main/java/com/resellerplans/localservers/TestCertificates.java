package com.resellerplans.localservers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A certificate authority made for one run, and a server certificate it signed for {@code localhost} and
 * {@code 127.0.0.1}: what the TLS listeners of the local servers present and what their clients trust. Every file
 * is written once into the directory given, in the forms the servers and clients read (PEM for PostgreSQL and
 * Kafka's PEM stores, PKCS#12 for Java key and trust stores).
 */
public final class TestCertificates {
    private static final Duration VALIDITY = Duration.ofDays(30);
    private static final String PASSWORD = "local-tls";
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final Path directory;

    private TestCertificates(Path directory) {
        this.directory = directory;
    }

    /** A new authority and server certificate, written into a new temporary directory. */
    public static TestCertificates issue() {
        try {
            return issueInto(Files.createTempDirectory("local-tls-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new authority and server certificate, written into {@code directory} (created if missing). */
    public static TestCertificates issueInto(Path directory) {
        return issueInto(
                directory,
                "localhost",
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
    }

    /**
     * A new authority and a server certificate naming {@code host} only, in a new temporary directory: a server whose
     * certificate a trusted authority signed for another name, which a client checking host names must refuse.
     */
    public static TestCertificates issueFor(String host) {
        try {
            return issueInto(Files.createTempDirectory("local-tls-"), host, new GeneralName(GeneralName.dNSName, host));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestCertificates issueInto(Path directory, String commonName, GeneralName... names) {
        try {
            Files.createDirectories(directory);
            KeyPair caKeys = newKeyPair();
            X500Name caName = new X500Name("CN=Reseller Plans local CA");
            X509Certificate ca = sign(
                    new JcaX509v3CertificateBuilder(
                                    caName, serial(), notBefore(), notAfter(), caName, caKeys.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                            .addExtension(
                                    Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                    caKeys.getPrivate());
            KeyPair serverKeys = newKeyPair();
            X509Certificate server = sign(
                    new JcaX509v3CertificateBuilder(
                                    caName,
                                    serial(),
                                    notBefore(),
                                    notAfter(),
                                    new X500Name("CN=" + commonName),
                                    serverKeys.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                            .addExtension(
                                    Extension.keyUsage,
                                    true,
                                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                            .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                                KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                            }))
                            .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names)),
                    caKeys.getPrivate());
            TestCertificates certificates = new TestCertificates(directory);
            certificates.write(ca, server, serverKeys.getPrivate());
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not issue the local certificates", e);
        }
    }

    /** The certificates {@link #issueInto} wrote into {@code directory} before (from another class loader, say). */
    public static TestCertificates existing(Path directory) {
        TestCertificates certificates = new TestCertificates(directory);
        if (!Files.isRegularFile(certificates.keyStore()) || !Files.isRegularFile(certificates.caCertificate())) {
            throw new IllegalStateException("no certificates issued in " + directory);
        }
        return certificates;
    }

    /** The authority's certificate (PEM): what a client trusts. */
    public Path caCertificate() {
        return directory.resolve("ca.crt");
    }

    /** The server's certificate followed by the authority's (PEM). */
    public Path serverCertificate() {
        return directory.resolve("server.crt");
    }

    /** The server's private key (unencrypted PKCS#8 PEM, readable by its owner only, as PostgreSQL demands). */
    public Path serverKey() {
        return directory.resolve("server.key");
    }

    /** The server's key and certificate chain (PKCS#12, {@link #password()}). */
    public Path keyStore() {
        return directory.resolve("server.p12");
    }

    /** The authority's certificate as a trusted entry (PKCS#12, {@link #password()}). */
    public Path trustStore() {
        return directory.resolve("ca.p12");
    }

    /** The password of both PKCS#12 stores and of the key inside the key store. */
    public String password() {
        return PASSWORD;
    }

    private void write(X509Certificate ca, X509Certificate server, PrivateKey serverKey)
            throws IOException, GeneralSecurityException {
        Files.writeString(caCertificate(), pem(ca));
        Files.writeString(serverCertificate(), pem(server) + pem(ca));
        Files.writeString(serverKey(), pem(serverKey));
        Files.setPosixFilePermissions(serverKey(), PosixFilePermissions.fromString("rw-------"));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", serverKey, PASSWORD.toCharArray(), new Certificate[] {server, ca});
        store(keys, keyStore());
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca);
        store(trusted, trustStore());
    }

    private static void store(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (object instanceof PrivateKey key) {
                writer.writeObject(new PemObject("PRIVATE KEY", key.getEncoded()));
            } else {
                writer.writeObject(object);
            }
        }
        return text.toString();
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofMinutes(5)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(VALIDITY));
    }
}
