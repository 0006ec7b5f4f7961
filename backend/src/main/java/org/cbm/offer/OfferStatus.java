package org.cbm.offer;

/** Only ACTIVE offers are visible to coordinators' solver runs. */
public enum OfferStatus {
    DRAFT,
    ACTIVE,
    /** No longer available; its open proposals are withdrawn. */
    CLOSED
}
