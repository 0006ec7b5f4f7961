package org.cbm.solver.domain;

/** An offer as the solver sees it: a provider's bucket of expert-days that packages fill. */
public final class OfferCapacity {

    private final int index;
    private final String id;
    private final String providerId;
    private final int capacityDays;

    public OfferCapacity(int index, String id, String providerId, int capacityDays) {
        this.index = index;
        this.id = id;
        this.providerId = providerId;
        this.capacityDays = capacityDays;
    }

    /** Position in the instance's offer list: ties are broken by it, as the spec's greedy baseline does. */
    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public int capacityDays() {
        return capacityDays;
    }

    @Override
    public String toString() {
        return id;
    }
}
