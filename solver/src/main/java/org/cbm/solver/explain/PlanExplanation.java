package org.cbm.solver.explain;

import java.util.List;

/** Why a plan looks as it does: points per assignment, reasons per unassigned package, and metrics. */
public record PlanExplanation(String instanceId, boolean feasible, long soft, List<AssignmentPoints> assignments,
                              List<UnassignedPackage> unassigned, PlanMetrics metrics) {

    /** Absent lists (in a stored explanation that only kept its metrics) are empty ones. */
    public PlanExplanation {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        unassigned = unassigned == null ? List.of() : List.copyOf(unassigned);
    }
}
