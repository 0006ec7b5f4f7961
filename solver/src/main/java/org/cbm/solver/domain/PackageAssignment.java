package org.cbm.solver.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One work package and the offer the plan gives it ({@code null}: unassigned). Its value range holds only the
 * offers that pass the static rules 2-7, so the search never tries a pair the spec forbids outright.
 */
@PlanningEntity
public class PackageAssignment {

    private int index;
    // OptaPlanner's identity of the package (for lookUpWorkingObject and to order constraint matches).
    @PlanningId
    private String id;
    private RecipientNeed recipient;
    private int days;
    private int urgency;
    private Set<String> interestedProviders;
    private long interestPointsPerDay;
    private CompatibleOffers compatibleOffers;
    private OfferCapacity pinnedOffer;
    private OfferCapacity previousOffer;
    private long stabilityPenalty;

    @PlanningVariable(valueRangeProviderRefs = "compatibleOffers", nullable = true)
    private OfferCapacity offer;

    @PlanningPin
    private boolean pinned;

    // For OptaPlanner's planning clone.
    PackageAssignment() {
    }

    PackageAssignment(int index, String id, RecipientNeed recipient, int days, int urgency,
                      Set<String> interestedProviders, long interestPointsPerDay, int[] compatibleOfferIndices,
                      List<OfferCapacity> offersOfSolution, OfferCapacity pinnedOffer, OfferCapacity previousOffer, long stabilityPenalty) {
        this.index = index;
        this.id = id;
        this.recipient = recipient;
        this.days = days;
        this.urgency = urgency;
        this.interestedProviders = Set.copyOf(interestedProviders);
        this.interestPointsPerDay = interestPointsPerDay;
        int[] sorted = compatibleOfferIndices.clone();
        Arrays.sort(sorted);
        this.compatibleOffers = new CompatibleOffers(sorted, offersOfSolution);
        this.pinnedOffer = pinnedOffer;
        this.previousOffer = previousOffer;
        this.stabilityPenalty = stabilityPenalty;
        this.pinned = pinnedOffer != null;
        this.offer = pinnedOffer;
    }

    /** A copy for a planning clone: the offers are problem facts that every copy shares. */
    PackageAssignment planningClone() {
        PackageAssignment clone = new PackageAssignment();
        clone.index = index;
        clone.id = id;
        clone.recipient = recipient;
        clone.days = days;
        clone.urgency = urgency;
        clone.interestedProviders = interestedProviders;
        clone.interestPointsPerDay = interestPointsPerDay;
        clone.compatibleOffers = compatibleOffers;
        clone.pinnedOffer = pinnedOffer;
        clone.previousOffer = previousOffer;
        clone.stabilityPenalty = stabilityPenalty;
        clone.pinned = pinned;
        clone.offer = offer;
        return clone;
    }

    @ValueRangeProvider(id = "compatibleOffers")
    public List<OfferCapacity> getCompatibleOffers() {
        return compatibleOffers;
    }

    public OfferCapacity getOffer() {
        return offer;
    }

    public void setOffer(OfferCapacity offer) {
        this.offer = offer;
    }

    public boolean isPinned() {
        return pinned;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public RecipientNeed recipient() {
        return recipient;
    }

    public int days() {
        return days;
    }

    public int urgency() {
        return urgency;
    }

    /** {@code urgency · days}: what assigning this package adds to its recipient's {@code C_r}. */
    public long weightedDays() {
        return (long) urgency * days;
    }

    public OfferCapacity pinnedOffer() {
        return pinnedOffer;
    }

    public OfferCapacity previousOffer() {
        return previousOffer;
    }

    public long stabilityPenalty() {
        return stabilityPenalty;
    }

    /** Rules 2-7 for this package and {@code candidate}. */
    public boolean isCompatibleWith(OfferCapacity candidate) {
        return compatibleOffers.contains(candidate);
    }

    /** {@code 100 · interestBonus · days} when {@code candidate}'s provider marked interest, else 0. */
    public long interestPoints(OfferCapacity candidate) {
        return candidate != null && interestedProviders.contains(candidate.providerId())
                ? interestPointsPerDay * days : 0;
    }

    /** The stability penalty this package costs with {@code candidate}: its previous pair is not kept. */
    public long stabilityPoints(OfferCapacity candidate) {
        return previousOffer != null && candidate != previousOffer ? stabilityPenalty : 0;
    }

    @Override
    public String toString() {
        return id + "->" + offer;
    }
}
