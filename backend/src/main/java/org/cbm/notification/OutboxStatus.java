package org.cbm.notification;

/** Where a queued e-mail stands. */
public enum OutboxStatus {
    /** Waiting to be sent, or to be retried after a failure. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the maximum number of attempts; see its last error. */
    FAILED
}
