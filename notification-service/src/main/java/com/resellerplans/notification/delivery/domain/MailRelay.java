package com.resellerplans.notification.delivery.domain;

import java.time.Instant;

/** The mail server deliveries are handed to. */
public interface MailRelay {
    /** How many send timeouts a send waits for the server's verdict before it stops waiting. */
    int VERDICT_WAIT_FACTOR = 3;

    /**
     * Hands the email over, dated {@code date}, and waits for the server's verdict.
     *
     * @throws SendFailedException when the server refused it, or the connection failed or stayed silent
     */
    void send(OutgoingEmail email, Instant date);

    /** A send that did not end with the server's acceptance: refused (4xx/5xx), or no answer, or no connection. */
    final class SendFailedException extends RuntimeException {
        private final boolean permanent;
        private final boolean mayStillEnd;

        /** @param reply the server's reply when there was one (it names the code), else what failed */
        public SendFailedException(String reply, boolean permanent, boolean mayStillEnd, Throwable cause) {
            super(reply, cause);
            this.permanent = permanent;
            this.mayStillEnd = mayStillEnd;
        }

        /** A 5xx reply: the server will answer the same to any retry. */
        public boolean permanent() {
            return permanent;
        }

        /** The service stopped waiting but the exchange was not closed: it may still be accepted. */
        public boolean mayStillEnd() {
            return mayStillEnd;
        }
    }
}
