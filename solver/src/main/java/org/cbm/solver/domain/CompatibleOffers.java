package org.cbm.solver.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The offers that pass rules 2-7 for a package, as a view by index on the solution's offers: an int per offer where
 * a list would hold a reference (3.6 million on l1), and {@link #contains} by binary search.
 */
final class CompatibleOffers extends AbstractList<OfferCapacity> implements RandomAccess {

    private final int[] sortedIndices;
    private final List<OfferCapacity> offersOfSolution;

    CompatibleOffers(int[] sortedIndices, List<OfferCapacity> offersOfSolution) {
        this.sortedIndices = sortedIndices;
        this.offersOfSolution = offersOfSolution;
    }

    @Override
    public OfferCapacity get(int position) {
        return offersOfSolution.get(sortedIndices[position]);
    }

    @Override
    public int size() {
        return sortedIndices.length;
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof OfferCapacity offer && Arrays.binarySearch(sortedIndices, offer.index()) >= 0
                && offersOfSolution.get(offer.index()) == offer;
    }
}
