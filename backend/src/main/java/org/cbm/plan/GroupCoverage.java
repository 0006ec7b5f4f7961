package org.cbm.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cbm.solver.instance.WorkPackage;

/**
 * How much of one group's need a plan covers, in the terms of the plan summary's coverage: expert-days weighted by
 * urgency. A group is a region, a priority group, an income group or a theme.
 */
public record GroupCoverage(String group, long weightedNeed, long weightedCovered) {

    /** The covered share of the need, 0 to 1; also in the JSON of the metrics API. */
    @JsonProperty
    public double coverage() {
        return weightedNeed == 0 ? 0 : (double) weightedCovered / weightedNeed;
    }

    /**
     * Sums need and coverage per group, in the order of {@code groups}; groups without need are left out. A package
     * may count in several groups (a State that is both LDC and SIDS) or in none.
     */
    static List<GroupCoverage> of(List<WorkPackage> packages, Set<String> assigned,
            Function<WorkPackage, List<String>> groupsOf, List<String> groups) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        groups.forEach(group -> sums.put(group, new long[2]));
        for (WorkPackage workPackage : packages) {
            for (String group : groupsOf.apply(workPackage)) {
                long[] sum = sums.get(group);
                sum[0] += workPackage.weightedDays();
                if (assigned.contains(workPackage.id())) {
                    sum[1] += workPackage.weightedDays();
                }
            }
        }
        return sums.entrySet().stream().filter(entry -> entry.getValue()[0] > 0)
                .map(entry -> new GroupCoverage(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }
}
