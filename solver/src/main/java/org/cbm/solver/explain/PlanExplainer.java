package org.cbm.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.domain.RecipientNeed;
import org.cbm.solver.instance.Compatibility;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PairRule;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;

/** Explains a plan of an instance in the terms of the spec; the API the backend and the UI use. */
public final class PlanExplainer {

    private PlanExplainer() {
    }

    public static PlanExplanation explain(Instance instance, Plan plan) {
        Allocation allocation = AllocationFactory.from(instance, plan);
        List<AssignmentPoints> assigned = assignmentPoints(allocation);
        List<UnassignedPackage> unassigned = unassignedPackages(instance, allocation);
        long soft = assigned.stream().mapToLong(AssignmentPoints::totalPoints).sum()
                + unassigned.stream().mapToLong(UnassignedPackage::stabilityPoints).sum();
        return new PlanExplanation(instance.id(), ReferenceScore.of(instance, plan).feasible(), soft, assigned,
                unassigned, metrics(allocation));
    }

    /** Only the metrics: cheaper than {@link #explain} on large plans (no search for unassigned reasons). */
    public static PlanMetrics metrics(Instance instance, Plan plan) {
        return metrics(AllocationFactory.from(instance, plan));
    }

    private static List<AssignmentPoints> assignmentPoints(Allocation allocation) {
        Map<RecipientNeed, Long> coveredSoFar = new HashMap<>();
        Map<RecipientNeed, Map<String, Long>> providerDaysSoFar = new HashMap<>();
        List<AssignmentPoints> result = new ArrayList<>();
        for (PackageAssignment assignment : allocation.assignments()) {
            OfferCapacity offer = assignment.getOffer();
            if (offer == null) {
                continue;
            }
            RecipientNeed recipient = assignment.recipient();
            long before = coveredSoFar.getOrDefault(recipient, 0L);
            long after = before + assignment.weightedDays();
            coveredSoFar.put(recipient, after);
            long value = recipient.valuePoints(after) - recipient.valuePoints(before);
            List<Integer> tiers = new ArrayList<>();
            for (int tier = recipient.tierAt(before); tier <= recipient.tierAt(after - 1); tier++) {
                tiers.add(tier + 1);
            }
            Map<String, Long> byProvider = providerDaysSoFar.computeIfAbsent(recipient, r -> new HashMap<>());
            long daysBefore = byProvider.getOrDefault(offer.providerId(), 0L);
            long daysAfter = daysBefore + assignment.days();
            byProvider.put(offer.providerId(), daysAfter);
            long concentration = -(recipient.concentrationPoints(daysAfter) - recipient.concentrationPoints(daysBefore));
            long interest = assignment.interestPoints(offer);
            long stability = -assignment.stabilityPoints(offer);
            result.add(new AssignmentPoints(assignment.id(), offer.id(), offer.providerId(), recipient.id(), value,
                    tiers, concentration, interest, stability, value + concentration + interest + stability));
        }
        return result;
    }

    private static List<UnassignedPackage> unassignedPackages(Instance instance, Allocation allocation) {
        Map<String, Integer> room = new HashMap<>();
        allocation.offers().forEach(offer -> room.put(offer.id(), offer.capacityDays()));
        allocation.assignments().stream().filter(a -> a.getOffer() != null)
                .forEach(a -> room.merge(a.getOffer().id(), -a.days(), Integer::sum));
        Compatibility compatibility = new Compatibility(instance);
        List<UnassignedPackage> result = new ArrayList<>();
        for (int index = 0; index < instance.packages().size(); index++) {
            PackageAssignment assignment = allocation.assignments().get(index);
            if (assignment.getOffer() == null) {
                result.add(whyUnassigned(instance.packages().get(index), assignment, instance.offers(), compatibility,
                        room));
            }
        }
        return result;
    }

    /** The furthest stage any offer reaches (rules 2-7 in order, then room), and the offers that reach it. */
    private static UnassignedPackage whyUnassigned(WorkPackage workPackage, PackageAssignment assignment,
                                                   List<Offer> offers, Compatibility compatibility,
                                                   Map<String, Integer> room) {
        UnassignedReason[] stages = UnassignedReason.values();
        int furthest = -1;
        List<String> furthestOffers = new ArrayList<>();
        Map<String, Integer> daysLeft = new LinkedHashMap<>();
        for (Offer offer : offers) {
            Optional<PairRule> broken = compatibility.firstBrokenRule(workPackage, offer);
            int left = room.get(offer.id());
            int stage = broken.map(Enum::ordinal)
                    .orElse(left < workPackage.days() ? UnassignedReason.ALL_COMPATIBLE_FULL.ordinal()
                            : UnassignedReason.AN_OFFER_HAS_ROOM.ordinal());
            if (stage > furthest) {
                furthest = stage;
                furthestOffers.clear();
                daysLeft.clear();
            }
            if (stage == furthest && stage > UnassignedReason.NO_THEME_MATCH.ordinal()) {
                furthestOffers.add(offer.id());
                if (stage >= UnassignedReason.ALL_COMPATIBLE_FULL.ordinal()) {
                    daysLeft.put(offer.id(), left);
                }
            }
        }
        UnassignedReason reason = furthest < 0 ? UnassignedReason.NO_THEME_MATCH : stages[furthest];
        String explanation = reason.description() + (furthestOffers.isEmpty() ? "" : ": " + furthestOffers.stream()
                .map(id -> daysLeft.containsKey(id) ? id + " (" + daysLeft.get(id) + " days left)" : id)
                .collect(Collectors.joining(", ")))
                + (reason == UnassignedReason.ALL_COMPATIBLE_FULL ? "; the package needs " + workPackage.days()
                + " days" : "");
        return new UnassignedPackage(workPackage.id(), workPackage.recipientId(), workPackage.days(), reason,
                explanation, furthestOffers, daysLeft, -assignment.stabilityPoints(null));
    }

    private static PlanMetrics metrics(Allocation allocation) {
        Map<RecipientNeed, Long> covered = new HashMap<>();
        Map<RecipientNeed, Map<String, Long>> providerDays = new HashMap<>();
        for (PackageAssignment assignment : allocation.assignments()) {
            if (assignment.getOffer() != null) {
                covered.merge(assignment.recipient(), assignment.weightedDays(), Long::sum);
                providerDays.computeIfAbsent(assignment.recipient(), r -> new TreeMap<>())
                        .merge(assignment.getOffer().providerId(), (long) assignment.days(), Long::sum);
            }
        }
        Map<String, Double> coverage = new LinkedHashMap<>();
        Map<Integer, List<RecipientNeed>> byWeight = new TreeMap<>();
        for (RecipientNeed recipient : allocation.recipients()) {
            if (recipient.weightedNeed() > 0) {
                coverage.put(recipient.id(),
                        (double) covered.getOrDefault(recipient, 0L) / recipient.weightedNeed());
                byWeight.computeIfAbsent(recipient.weight(), w -> new ArrayList<>()).add(recipient);
            }
        }
        double sum = coverage.values().stream().mapToDouble(Double::doubleValue).sum();
        double sumOfSquares = coverage.values().stream().mapToDouble(c -> c * c).sum();
        Double jain = coverage.isEmpty() || sumOfSquares == 0 ? null : sum * sum / (coverage.size() * sumOfSquares);
        Double minimum = coverage.values().stream().min(Comparator.naturalOrder()).orElse(null);

        Map<Integer, WeightGroupCoverage> coverageByWeight = new TreeMap<>();
        byWeight.forEach((weight, group) -> {
            double mean = group.stream().mapToDouble(r -> coverage.get(r.id())).average().orElse(0);
            long groupCovered = group.stream().mapToLong(r -> covered.getOrDefault(r, 0L)).sum();
            long groupNeed = group.stream().mapToLong(RecipientNeed::weightedNeed).sum();
            coverageByWeight.put(weight, new WeightGroupCoverage(group.size(), mean, (double) groupCovered / groupNeed));
        });

        Map<String, Double> hhi = new LinkedHashMap<>();
        for (RecipientNeed recipient : allocation.recipients()) {
            Map<String, Long> days = providerDays.get(recipient);
            if (days != null) {
                double total = days.values().stream().mapToLong(Long::longValue).sum();
                hhi.put(recipient.id(), days.values().stream().mapToDouble(d -> (d / total) * (d / total)).sum());
            }
        }
        Double meanHhi = hhi.isEmpty() ? null : hhi.values().stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        return new PlanMetrics(coverage, jain, minimum, coverageByWeight, hhi, meanHhi);
    }
}
