package org.cbm.request;

/** Where a request stands: only PUBLISHED requests are visible to providers and taken into a solve. */
public enum RequestStatus {
    /** Being written by the recipient State; visible to it alone. */
    DRAFT,
    /** Open for offers and matching. */
    PUBLISHED,
    /** Fulfilled or no longer needed; kept for the record. */
    CLOSED,
    /** Taken back by the recipient State; its open proposals are withdrawn. */
    WITHDRAWN
}
