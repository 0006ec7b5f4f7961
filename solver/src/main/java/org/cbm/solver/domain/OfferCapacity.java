package org.cbm.solver.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An offer as the solver sees it: a provider's bucket of expert-days that packages fill. A problem fact: the plan
 * lives in the packages' offers, so solution copies share the offers.
 */
public class OfferCapacity {

    private final int index;
    // OptaPlanner's identity of the offer (for lookUpWorkingObject and to order constraint matches).
    @PlanningId
    private final String id;
    private final String providerId;
    private final int capacityDays;

    public OfferCapacity(int index, String id, String providerId, int capacityDays) {
        this.index = index;
        this.id = id;
        this.providerId = providerId;
        this.capacityDays = capacityDays;
    }

    /** Position in the instance's offer list. */
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
