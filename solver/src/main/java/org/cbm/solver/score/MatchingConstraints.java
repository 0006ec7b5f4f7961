package org.cbm.solver.score;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.cbm.solver.domain.PackageAssignment;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The spec's hard rules and soft score {@code S = 100·V − concentrationPenalty·E + 100·interestBonus·I
 * − stabilityPenalty·M} as Constraint Streams. The soft score equals {@code S} for any plan.
 *
 * <p>Value ranges already keep the search inside rules 2-7 and pinning keeps rule 9, so during solving only
 * capacity can break; the two other hard constraints make the score right for plans loaded from elsewhere.
 */
public class MatchingConstraints implements ConstraintProvider {

    public static final String CAPACITY = "Offer capacity";
    public static final String COMPATIBLE_OFFER = "Compatible offer";
    public static final String PINNED_PAIR = "Pinned pair kept";
    public static final String RECIPIENT_VALUE = "Recipient value";
    public static final String PROVIDER_CONCENTRATION = "Provider concentration";
    public static final String PROVIDER_INTEREST = "Provider interest";
    public static final String STABILITY = "Stability";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                offerCapacity(factory),
                compatibleOffer(factory),
                pinnedPairKept(factory),
                recipientValue(factory),
                providerConcentration(factory),
                providerInterest(factory),
                stability(factory)
        };
    }

    // Rule 8: one hard point per day beyond an offer's capacity.
    Constraint offerCapacity(ConstraintFactory factory) {
        return factory.forEach(PackageAssignment.class)
                .groupBy(PackageAssignment::getOffer, sumLong(PackageAssignment::days))
                .filter((offer, days) -> days > offer.capacityDays())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (offer, days) -> days - offer.capacityDays())
                .asConstraint(CAPACITY);
    }

    // Rules 2-7.
    Constraint compatibleOffer(ConstraintFactory factory) {
        return factory.forEach(PackageAssignment.class)
                .filter(assignment -> !assignment.isCompatibleWith(assignment.getOffer()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(COMPATIBLE_OFFER);
    }

    // Rule 9.
    Constraint pinnedPairKept(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PackageAssignment.class)
                .filter(assignment -> assignment.pinnedOffer() != null
                        && assignment.getOffer() != assignment.pinnedOffer())
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(PINNED_PAIR);
    }

    // 100·V: the concave tiers make a recipient's first quarter of need worth the most (fairness).
    Constraint recipientValue(ConstraintFactory factory) {
        return factory.forEach(PackageAssignment.class)
                .groupBy(PackageAssignment::recipient, sumLong(PackageAssignment::weightedDays))
                .rewardLong(HardSoftLongScore.ONE_SOFT, (recipient, covered) -> recipient.valuePoints(covered))
                .asConstraint(RECIPIENT_VALUE);
    }

    // concentrationPenalty·E: no provider beyond the cap share of a recipient's total need.
    Constraint providerConcentration(ConstraintFactory factory) {
        return factory.forEach(PackageAssignment.class)
                .groupBy(PackageAssignment::recipient, assignment -> assignment.getOffer().providerId(),
                        sumLong(PackageAssignment::days))
                .filter((recipient, provider, days) -> recipient.concentrationPoints(days) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (recipient, provider, days) -> recipient.concentrationPoints(days))
                .asConstraint(PROVIDER_CONCENTRATION);
    }

    // 100·interestBonus·I.
    Constraint providerInterest(ConstraintFactory factory) {
        return factory.forEach(PackageAssignment.class)
                .filter(assignment -> assignment.interestPoints(assignment.getOffer()) > 0)
                .rewardLong(HardSoftLongScore.ONE_SOFT, assignment -> assignment.interestPoints(assignment.getOffer()))
                .asConstraint(PROVIDER_INTEREST);
    }

    // stabilityPenalty·M: also for unassigned packages and for previous pairs that can no longer be kept.
    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PackageAssignment.class)
                .filter(assignment -> assignment.stabilityPoints(assignment.getOffer()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, PackageAssignment::stabilityPenalty)
                .asConstraint(STABILITY);
    }
}
