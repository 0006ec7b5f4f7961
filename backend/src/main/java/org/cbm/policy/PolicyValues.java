package org.cbm.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cbm.validation.NonIncreasing;

/**
 * The weights of the matching score (see the matching model): how much the first, second, third and last
 * quarter of a State's weighted need count, the share of a State's need above which one provider's days cost
 * a concentration penalty, and the bonus for interest and the cost of dropping a published proposal.
 */
public record PolicyValues(
        @NotNull @Size(min = 4, max = 4) @NonIncreasing List<@NotNull @PositiveOrZero Integer> tierWeights,
        @Min(0) @Max(100) int concentrationCapPercent,
        @PositiveOrZero int concentrationPenalty,
        @PositiveOrZero int stabilityPenalty,
        @PositiveOrZero int interestBonus) {

    /** The policy of the convention concept's defaults: 4/3/2/1 tiers, 50 % cap, penalties 1 and 1000, bonus 1. */
    public static final PolicyValues DEFAULTS = new PolicyValues(List.of(4, 3, 2, 1), 50, 1, 1000, 1);

    public PolicyValues {
        // not List.copyOf: a null weight must reach validation and be reported, not fail here
        tierWeights = tierWeights == null ? null : Collections.unmodifiableList(new ArrayList<>(tierWeights));
    }
}
