package org.cbm.solver.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;

/**
 * An offer as the solver sees it: a provider's bucket of expert-days that packages fill. It is a (shadow-only)
 * planning entity so that it knows its packages: moves that make room in a full offer need them.
 */
@PlanningEntity
public class OfferCapacity {

    private int index;
    // Lets move threads find their copy of an entity (multithreaded solving).
    @PlanningId
    private String id;
    private String providerId;
    private int capacityDays;

    @InverseRelationShadowVariable(sourceVariableName = "offer")
    private List<PackageAssignment> packages = new ArrayList<>();

    // For OptaPlanner (entities need a no-argument constructor).
    OfferCapacity() {
    }

    public OfferCapacity(int index, String id, String providerId, int capacityDays) {
        this.index = index;
        this.id = id;
        this.providerId = providerId;
        this.capacityDays = capacityDays;
    }

    /** A copy without packages, for a planning clone that then adds its own. */
    OfferCapacity copyWithoutPackages() {
        return new OfferCapacity(index, id, providerId, capacityDays);
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

    /** The packages the plan gives this offer (maintained by OptaPlanner). */
    public List<PackageAssignment> packages() {
        return packages;
    }

    public int usedDays() {
        int used = 0;
        for (PackageAssignment assignment : packages) {
            used += assignment.days();
        }
        return used;
    }

    @Override
    public String toString() {
        return id;
    }
}
