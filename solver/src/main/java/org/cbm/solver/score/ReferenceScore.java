package org.cbm.solver.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbm.solver.instance.Compatibility;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;

/**
 * The spec's score written as plainly as possible: loops over the plan, one per term, sharing no code with the
 * Constraint Streams. It is the yardstick the constraints are tested against, and scores plans that never went
 * through the solver (the greedy baseline).
 *
 * @param violations number of hard-rule violations (0: feasible)
 * @param value {@code V}
 * @param excess {@code E}
 * @param interestDays {@code I}
 * @param previousNotKept {@code M}
 * @param soft {@code S}
 */
public record ReferenceScore(int violations, long value, long excess, long interestDays, long previousNotKept,
                             long soft) {

    public boolean feasible() {
        return violations == 0;
    }

    public static ReferenceScore of(Instance instance, Plan plan) {
        Policy policy = instance.policy();
        Map<String, WorkPackage> packages = new HashMap<>();
        instance.packages().forEach(p -> packages.put(p.id(), p));
        Map<String, Offer> offers = new HashMap<>();
        instance.offers().forEach(o -> offers.put(o.id(), o));
        Compatibility compatibility = new Compatibility(instance);

        // Rule 1: unknown ids and repeated packages break the plan; only a package's first listing counts.
        int violations = 0;
        Map<String, String> assigned = new HashMap<>();
        for (PackageOfferPair pair : plan.assignments()) {
            if (!packages.containsKey(pair.packageId()) || !offers.containsKey(pair.offerId())
                    || assigned.containsKey(pair.packageId())) {
                violations++;
            } else {
                assigned.put(pair.packageId(), pair.offerId());
            }
        }
        // Rules 2-7 per pair, rule 8 per offer, rule 9 per pinned pair.
        Map<String, Long> usedDays = new HashMap<>();
        for (Map.Entry<String, String> entry : assigned.entrySet()) {
            WorkPackage p = packages.get(entry.getKey());
            Offer o = offers.get(entry.getValue());
            if (!compatibility.isCompatible(p, o)) {
                violations++;
            }
            usedDays.merge(o.id(), (long) p.days(), Long::sum);
        }
        for (Map.Entry<String, Long> entry : usedDays.entrySet()) {
            if (entry.getValue() > offers.get(entry.getKey()).capacityDays()) {
                violations++;
            }
        }
        for (PackageOfferPair pair : instance.pinned()) {
            if (!pair.offerId().equals(assigned.get(pair.packageId()))) {
                violations++;
            }
        }

        // D_r, T_r over all packages; C_r, S_{r,q}, I over assigned ones.
        Map<String, Long> need = new HashMap<>();
        Map<String, Long> totalDays = new HashMap<>();
        for (WorkPackage p : instance.packages()) {
            need.merge(p.recipientId(), (long) p.urgency() * p.days(), Long::sum);
            totalDays.merge(p.recipientId(), (long) p.days(), Long::sum);
        }
        Map<String, Long> covered = new HashMap<>();
        Map<List<String>, Long> providerDays = new HashMap<>();
        long interestDays = 0;
        for (Map.Entry<String, String> entry : assigned.entrySet()) {
            WorkPackage p = packages.get(entry.getKey());
            Offer o = offers.get(entry.getValue());
            covered.merge(p.recipientId(), (long) p.urgency() * p.days(), Long::sum);
            providerDays.merge(List.of(p.recipientId(), o.providerId()), (long) p.days(), Long::sum);
            if (p.interestedProviders().contains(o.providerId())) {
                interestDays += p.days();
            }
        }

        long value = 0;
        for (Recipient r : instance.recipients()) {
            long d = need.getOrDefault(r.id(), 0L);
            long c = covered.getOrDefault(r.id(), 0L);
            long tiers = 0;
            for (int k = 0; k < Policy.TIERS; k++) {
                tiers += policy.tierWeight(k) * clamp(4 * c - k * d, 0, d);
            }
            value += r.weight() * tiers;
        }

        long excess = 0;
        for (Map.Entry<List<String>, Long> entry : providerDays.entrySet()) {
            long t = totalDays.get(entry.getKey().get(0));
            excess += Math.max(0, 100 * entry.getValue() - policy.concentrationCapPercent() * t);
        }

        long previousNotKept = 0;
        for (PackageOfferPair pair : instance.previous()) {
            if (!pair.offerId().equals(assigned.get(pair.packageId()))) {
                previousNotKept++;
            }
        }

        long soft = 100 * value - policy.concentrationPenalty() * excess
                + 100L * policy.interestBonus() * interestDays - (long) policy.stabilityPenalty() * previousNotKept;
        return new ReferenceScore(violations, value, excess, interestDays, previousNotKept, soft);
    }

    private static long clamp(long x, long low, long high) {
        return Math.max(low, Math.min(high, x));
    }
}
