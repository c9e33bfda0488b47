package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnsentCallsTest {

    @Test
    void aRefusedConnectionIsSentOnceMore() {
        AtomicInteger calls = new AtomicInteger();
        String answer = UnsentCalls.retriedOnceIfUnsent(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new ProcessingException(new ConnectException("Connection refused"));
            }
            return "answered by the other instance";
        });
        assertThat(answer).isEqualTo("answered by the other instance");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aSecondRefusalIsTheCallersToHandle() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> UnsentCalls.retriedOnceIfUnsent(() -> {
                    calls.incrementAndGet();
                    throw new ProcessingException(new ConnectException("Connection refused"));
                }))
                .isInstanceOf(ProcessingException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCallThatMayHaveReachedAnInstanceIsNeverSentAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> UnsentCalls.retriedOnceIfUnsent(() -> {
                    calls.incrementAndGet();
                    throw new ProcessingException(new SocketTimeoutException("Read timed out"));
                }))
                .isInstanceOf(ProcessingException.class);
        assertThat(calls).hasValue(1);
    }
}
