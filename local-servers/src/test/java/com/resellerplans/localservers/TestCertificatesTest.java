package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class TestCertificatesTest {
    private final TestCertificates certificates = TestCertificates.issue();

    @Test
    void aClientTrustingTheAuthorityVerifiesTheServerAsLocalhost() throws Exception {
        assertThat(handshake(certificates, "localhost")).isEqualTo("TLSv1.3");
        assertThat(handshake(certificates, "127.0.0.1")).isEqualTo("TLSv1.3");
    }

    @Test
    void aClientTrustingAnotherAuthorityRefusesTheServer() {
        TestCertificates another = TestCertificates.issue();
        assertThatThrownBy(() -> handshake(another, "localhost")).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theServerKeyIsReadableByItsOwnerOnlyAndInPkcs8() throws Exception {
        assertThat(Files.getPosixFilePermissions(certificates.serverKey()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(certificates.serverKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        String authority = Files.readString(certificates.caCertificate());
        assertThat(Files.readString(certificates.serverCertificate()))
                .endsWith(authority)
                .isNotEqualTo(authority);
    }

    /** A TLS handshake from a client trusting {@code trusted}'s authority to a server holding our certificate. */
    private String handshake(TestCertificates trusted, String host) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(certificates.keyStore()), certificates.password().toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trusted.trustStore()));
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);
        try (SSLServerSocket server =
                (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                    socket.startHandshake();
                    socket.getOutputStream().write(1);
                } catch (Exception refused) {
                    // the client's refusal is what the test looks at
                }
            });
            try (SSLSocket client =
                    (SSLSocket) clientContext.getSocketFactory().createSocket(host, server.getLocalPort())) {
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                client.setSSLParameters(parameters);
                client.startHandshake();
                assertThat(client.getInputStream().read()).isEqualTo(1);
                return client.getSession().getProtocol();
            } finally {
                accepted.join();
            }
        }
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "local-tls".toCharArray());
        }
        return store;
    }
}
