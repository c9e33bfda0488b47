package com.resellerplans.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class DeadLetterRoutesTest {
    @Test
    void onlyTheLoopbackWherePortForwardArrivesIsAdmitted() {
        assertThat(DeadLetterRoutes.isLoopback(SocketAddress.inetSocketAddress(40000, "127.0.0.1")))
                .isTrue();
        assertThat(DeadLetterRoutes.isLoopback(SocketAddress.inetSocketAddress(40000, "::1")))
                .isTrue();
    }

    @Test
    void aPodAddressAnotherPodsOrNoneIsRefused() {
        assertThat(DeadLetterRoutes.isLoopback(SocketAddress.inetSocketAddress(40000, "10.244.1.7")))
                .isFalse();
        assertThat(DeadLetterRoutes.isLoopback(SocketAddress.inetSocketAddress(40000, "fd00::7")))
                .isFalse();
        assertThat(DeadLetterRoutes.isLoopback(SocketAddress.domainSocketAddress("/tmp/socket")))
                .isFalse();
        assertThat(DeadLetterRoutes.isLoopback(null)).isFalse();
    }
}
