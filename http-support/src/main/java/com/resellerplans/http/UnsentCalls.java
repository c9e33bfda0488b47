package com.resellerplans.http;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.function.Supplier;

/**
 * Calls to a neighbour that runs as several instances. A call whose connection could not be opened (refused,
 * or not accepted in time) reached no instance, so sending it again is safe whatever its method; the load
 * balancer has just counted that instance's failure and picks another one.
 */
public final class UnsentCalls {
    private UnsentCalls() {}

    /** The call's result; a call that was never sent is sent once more. */
    public static <T> T retriedOnceIfUnsent(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            if (!neverSent(e)) {
                throw e;
            }
            return call.get();
        }
    }

    static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
