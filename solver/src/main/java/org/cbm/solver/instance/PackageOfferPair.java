package org.cbm.solver.instance;

/** A (package, offer) pair by ids, as used by {@code pinned}, {@code declined}, {@code previous} and plans. */
public record PackageOfferPair(String packageId, String offerId) {
}
