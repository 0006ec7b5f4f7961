package org.cbm.solver.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.cbm.solver.instance.PackageOfferPair;

/** A {@code cbm-plan/1}: the assignments of packages to offers; a package that is not listed is unassigned. */
@JsonPropertyOrder({"format", "instanceId", "assignments", "score"})
public record Plan(String format, String instanceId, List<PackageOfferPair> assignments, PlanScore score) {

    public static final String FORMAT = "cbm-plan/1";

    public Plan {
        assignments = List.copyOf(assignments);
    }

    public Plan(String instanceId, List<PackageOfferPair> assignments, PlanScore score) {
        this(FORMAT, instanceId, assignments, score);
    }
}
