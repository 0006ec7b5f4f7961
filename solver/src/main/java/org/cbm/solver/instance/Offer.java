package org.cbm.solver.instance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A provider's offer of expert-days. {@code eligibleRegions} and {@code eligibleIncomeGroups} are {@code null}
 * when the offer is open to all (the spec's "null or absent means all"), so "open" and "restricted to nothing"
 * stay distinguishable.
 */
public record Offer(String id, String providerId, int capacityDays, Set<Theme> themes, List<String> languages,
                    LocalDate start, LocalDate end, Set<Region> eligibleRegions, Set<IncomeGroup> eligibleIncomeGroups) {

    public Offer {
        themes = Set.copyOf(themes);
        languages = List.copyOf(languages);
        eligibleRegions = eligibleRegions == null ? null : Set.copyOf(eligibleRegions);
        eligibleIncomeGroups = eligibleIncomeGroups == null ? null : Set.copyOf(eligibleIncomeGroups);
    }
}
