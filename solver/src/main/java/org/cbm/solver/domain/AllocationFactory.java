package org.cbm.solver.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbm.solver.instance.Compatibility;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanScore;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Builds the planning solution of a validated instance, and converts between it and {@code cbm-plan/1}. */
public final class AllocationFactory {

    private AllocationFactory() {
    }

    /** An allocation in which only the pinned pairs are assigned. */
    public static Allocation from(Instance instance) {
        Map<String, Long> weightedNeed = new HashMap<>();
        Map<String, Long> totalDays = new HashMap<>();
        for (WorkPackage workPackage : instance.packages()) {
            weightedNeed.merge(workPackage.recipientId(), workPackage.weightedDays(), Long::sum);
            totalDays.merge(workPackage.recipientId(), (long) workPackage.days(), Long::sum);
        }
        Map<String, RecipientNeed> recipients = new HashMap<>();
        List<RecipientNeed> recipientList = new ArrayList<>();
        for (Recipient recipient : instance.recipients()) {
            RecipientNeed need = new RecipientNeed(recipient.id(), recipient.weight(),
                    weightedNeed.getOrDefault(recipient.id(), 0L), totalDays.getOrDefault(recipient.id(), 0L),
                    instance.policy());
            recipients.put(recipient.id(), need);
            recipientList.add(need);
        }
        Map<String, OfferCapacity> offers = new HashMap<>();
        List<OfferCapacity> offerList = new ArrayList<>();
        Map<Theme, List<Offer>> offersByTheme = new EnumMap<>(Theme.class);
        for (Offer offer : instance.offers()) {
            OfferCapacity capacity = new OfferCapacity(offerList.size(), offer.id(), offer.providerId(),
                    offer.capacityDays());
            offers.put(offer.id(), capacity);
            offerList.add(capacity);
            offer.themes().forEach(theme -> offersByTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(offer));
        }
        List<OfferCapacity> offersOfSolution = List.copyOf(offerList);
        Map<String, String> pinned = pairsByPackage(instance.pinned());
        Map<String, String> previous = pairsByPackage(instance.previous());
        Compatibility compatibility = new Compatibility(instance);
        long interestPointsPerDay = 100L * instance.policy().interestBonus();
        List<PackageAssignment> assignments = new ArrayList<>();
        for (WorkPackage workPackage : instance.packages()) {
            int[] compatible = offersByTheme.getOrDefault(workPackage.theme(), List.of()).stream()
                    .filter(offer -> compatibility.isCompatible(workPackage, offer))
                    .mapToInt(offer -> offers.get(offer.id()).index())
                    .toArray();
            assignments.add(new PackageAssignment(assignments.size(), workPackage.id(),
                    recipients.get(workPackage.recipientId()), workPackage.days(), workPackage.urgency(),
                    Set.copyOf(workPackage.interestedProviders()), interestPointsPerDay, compatible,
                    offersOfSolution, offers.get(pinned.get(workPackage.id())), offers.get(previous.get(workPackage.id())),
                    instance.policy().stabilityPenalty()));
        }
        return new Allocation(instance.id(), List.copyOf(recipientList), offersOfSolution, List.copyOf(assignments));
    }

    /**
     * An allocation holding {@code plan}'s assignments. A plan may break hard rules (the score says so),
     * but it must name existing packages and offers and list each package once.
     */
    public static Allocation from(Instance instance, Plan plan) {
        Allocation allocation = from(instance);
        Map<String, PackageAssignment> packages = new HashMap<>();
        allocation.assignments().forEach(assignment -> {
            packages.put(assignment.id(), assignment);
            assignment.setOffer(null);
        });
        Map<String, OfferCapacity> offers = new HashMap<>();
        allocation.offers().forEach(offer -> offers.put(offer.id(), offer));
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (PackageOfferPair pair : plan.assignments()) {
            PackageAssignment assignment = packages.get(pair.packageId());
            OfferCapacity offer = offers.get(pair.offerId());
            if (assignment == null) {
                problems.add("plan assignment (" + pair.packageId() + ", " + pair.offerId() + "): unknown package");
            } else if (offer == null) {
                problems.add("plan assignment (" + pair.packageId() + ", " + pair.offerId() + "): unknown offer");
            } else if (seen.putIfAbsent(pair.packageId(), pair.offerId()) != null) {
                problems.add("plan assignment (" + pair.packageId() + ", " + pair.offerId()
                        + "): package already assigned to " + seen.get(pair.packageId()));
            } else {
                assignment.setOffer(offer);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return allocation;
    }

    /** The {@code cbm-plan/1} of a scored allocation, assignments in the instance's package order. */
    public static Plan toPlan(Allocation allocation) {
        List<PackageOfferPair> pairs = new ArrayList<>();
        for (PackageAssignment assignment : allocation.assignments()) {
            if (assignment.getOffer() != null) {
                pairs.add(new PackageOfferPair(assignment.id(), assignment.getOffer().id()));
            }
        }
        HardSoftLongScore score = allocation.getScore();
        return new Plan(allocation.instanceId(), pairs, new PlanScore(score.isFeasible(), score.softScore()));
    }

    private static Map<String, String> pairsByPackage(List<PackageOfferPair> pairs) {
        Map<String, String> byPackage = new HashMap<>();
        pairs.forEach(pair -> byPackage.put(pair.packageId(), pair.offerId()));
        return byPackage;
    }
}
