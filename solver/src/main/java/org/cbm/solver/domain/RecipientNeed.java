package org.cbm.solver.domain;

import org.cbm.solver.instance.Policy;

/**
 * A recipient's need and what covering it is worth: the spec's tiered concave value {@code V_r} and
 * the concentration excess of one provider, both in score points (the factor 100 of {@code S} included).
 */
public final class RecipientNeed {

    private final String id;
    private final int weight;
    private final long weightedNeed;
    private final long totalDays;
    private final int[] tierWeights;
    private final int concentrationCapPercent;
    private final int concentrationPenalty;

    public RecipientNeed(String id, int weight, long weightedNeed, long totalDays, Policy policy) {
        this.id = id;
        this.weight = weight;
        this.weightedNeed = weightedNeed;
        this.totalDays = totalDays;
        this.tierWeights = policy.tierWeights().stream().mapToInt(Integer::intValue).toArray();
        this.concentrationCapPercent = policy.concentrationCapPercent();
        this.concentrationPenalty = policy.concentrationPenalty();
    }

    public String id() {
        return id;
    }

    public int weight() {
        return weight;
    }

    /** {@code D_r}: urgency-weighted days over all the recipient's packages. */
    public long weightedNeed() {
        return weightedNeed;
    }

    /** {@code T_r}: days over all the recipient's packages. */
    public long totalDays() {
        return totalDays;
    }

    /** {@code 100 · V_r} for covered weighted days {@code C_r}. */
    public long valuePoints(long covered) {
        if (weightedNeed == 0) {
            return 0;
        }
        long sum = 0;
        for (int tier = 0; tier < tierWeights.length; tier++) {
            sum += tierWeights[tier] * Math.min(Math.max(4 * covered - tier * weightedNeed, 0), weightedNeed);
        }
        return 100L * weight * sum;
    }

    /** The tier (0..3) that the weighted day after {@code covered} falls in: its quarter of the need. */
    public int tierAt(long covered) {
        return (int) Math.min(tierWeights.length - 1, 4 * covered / Math.max(1, weightedNeed));
    }

    /** {@code concentrationPenalty · max(0, 100·S_{r,q} − cap·T_r)} for one provider's days {@code S_{r,q}}. */
    public long concentrationPoints(long providerDays) {
        return concentrationPenalty * Math.max(0, 100 * providerDays - concentrationCapPercent * totalDays);
    }

    @Override
    public String toString() {
        return id;
    }
}
