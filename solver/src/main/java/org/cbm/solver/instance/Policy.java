package org.cbm.solver.instance;

import java.util.List;

/**
 * The weights of the soft score (spec "Soft score"). {@code tierWeights} has four non-increasing entries:
 * the first quarter of a recipient's weighted need counts {@code tierWeights[0]} times, the last {@code tierWeights[3]}.
 */
public record Policy(List<Integer> tierWeights, int concentrationCapPercent, int concentrationPenalty,
                     int stabilityPenalty, int interestBonus) {

    public static final int TIERS = 4;
    public static final Policy DEFAULT = new Policy(List.of(4, 3, 2, 1), 50, 1, 1000, 1);

    public Policy {
        tierWeights = List.copyOf(tierWeights);
    }

    public int tierWeight(int tier) {
        return tierWeights.get(tier);
    }
}
