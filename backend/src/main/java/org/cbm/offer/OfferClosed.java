package org.cbm.offer;

/** Published when a provider closes an offer: its open proposals must be withdrawn too. */
public record OfferClosed(String offerId) {
}
