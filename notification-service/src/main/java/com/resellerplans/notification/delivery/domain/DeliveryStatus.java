package com.resellerplans.notification.delivery.domain;

/** Where one email stands: waiting, accepted by the SMTP server, waiting for a retry, or given up. */
public enum DeliveryStatus {
    QUEUED,
    SENT,
    FAILED,
    DEAD;

    boolean awaitsSending() {
        return this == QUEUED || this == FAILED;
    }
}
