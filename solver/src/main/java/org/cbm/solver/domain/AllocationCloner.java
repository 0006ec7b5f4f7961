package org.cbm.solver.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Planning clone of an {@link Allocation}: copies the packages, the only planning entities, and shares everything
 * else, offers and compatible-offer lists included (the generic cloner would copy every package's list of
 * compatible offers).
 */
public class AllocationCloner implements SolutionCloner<Allocation> {

    @Override
    public Allocation cloneSolution(Allocation original) {
        List<PackageAssignment> assignments = new ArrayList<>(original.assignments().size());
        for (PackageAssignment assignment : original.assignments()) {
            assignments.add(assignment.planningClone());
        }
        Allocation clone = new Allocation(original.instanceId(), original.recipients(), original.offers(),
                List.copyOf(assignments));
        clone.setScore(original.getScore());
        return clone;
    }
}
