package org.cbm.solver.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planning solution: every package of one instance with its offer, scored by the spec. */
@PlanningSolution(solutionCloner = AllocationCloner.class)
public class Allocation {

    private String instanceId;

    @ProblemFactCollectionProperty
    private List<RecipientNeed> recipients;

    @ProblemFactCollectionProperty
    private List<OfferCapacity> offers;

    @PlanningEntityCollectionProperty
    private List<PackageAssignment> assignments;

    @PlanningScore
    private HardSoftLongScore score;

    // For OptaPlanner's planning clone.
    Allocation() {
    }

    public Allocation(String instanceId, List<RecipientNeed> recipients, List<OfferCapacity> offers,
                      List<PackageAssignment> assignments) {
        this.instanceId = instanceId;
        this.recipients = recipients;
        this.offers = offers;
        this.assignments = assignments;
    }

    public String instanceId() {
        return instanceId;
    }

    public List<RecipientNeed> recipients() {
        return recipients;
    }

    public List<OfferCapacity> offers() {
        return offers;
    }

    public List<PackageAssignment> assignments() {
        return assignments;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
