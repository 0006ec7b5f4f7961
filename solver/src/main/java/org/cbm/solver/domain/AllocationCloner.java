package org.cbm.solver.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Planning clone of an {@link Allocation}. The generic cloner would copy every package's list of compatible offers
 * (offers are entities, for their package lists); this one copies the offers and packages and lets the
 * compatible-offer views point at the clone's offers.
 */
public class AllocationCloner implements SolutionCloner<Allocation> {

    @Override
    public Allocation cloneSolution(Allocation original) {
        List<OfferCapacity> offers = new ArrayList<>(original.offers().size());
        for (OfferCapacity offer : original.offers()) {
            offers.add(offer.copyWithoutPackages());
        }
        List<OfferCapacity> offersOfClone = List.copyOf(offers);
        List<PackageAssignment> assignments = new ArrayList<>(original.assignments().size());
        for (PackageAssignment assignment : original.assignments()) {
            assignments.add(assignment.cloneOn(offersOfClone));
        }
        Allocation clone = new Allocation(original.instanceId(), original.recipients(), offersOfClone,
                List.copyOf(assignments));
        clone.rebuildOfferPackages();
        clone.setScore(original.getScore());
        return clone;
    }
}
