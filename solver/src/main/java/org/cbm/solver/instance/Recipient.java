package org.cbm.solver.instance;

import java.util.List;

/** A State that requests assistance; {@code weight} (1..3) is its priority, see {@link PriorityWeight}. */
public record Recipient(String id, String name, Region region, IncomeGroup incomeGroup, int weight,
                        List<String> vetoedProviders) {

    public Recipient {
        vetoedProviders = vetoedProviders == null ? List.of() : List.copyOf(vetoedProviders);
    }
}
