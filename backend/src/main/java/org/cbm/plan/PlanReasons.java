package org.cbm.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cbm.solver.explain.AssignmentPoints;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.WorkPackage;

/**
 * A plan as the solver explained it: the points each assignment earns by term of the score, read together with the
 * instance it was solved from, turned into reasons a party can follow.
 */
public final class PlanReasons {

    private final String id;
    private final Instance instance;
    private final Map<String, AssignmentPoints> pointsByPackage;
    private final Map<String, WorkPackage> packages;

    PlanReasons(String id, Instance instance, List<AssignmentPoints> assignments) {
        this.id = id;
        this.instance = instance;
        this.pointsByPackage = assignments.stream()
                .collect(Collectors.toMap(AssignmentPoints::packageId, Function.identity()));
        this.packages = instance.packages().stream().collect(Collectors.toMap(WorkPackage::id, Function.identity()));
    }

    public String id() {
        return id;
    }

    /** Why the plan pairs this package with this offer; empty when the plan does not contain the pair. */
    public Optional<List<ProposalReason>> reasonsFor(String packageId, String offerId) {
        AssignmentPoints points = pointsByPackage.get(packageId);
        if (points == null || !points.offerId().equals(offerId)) {
            return Optional.empty();
        }
        List<ProposalReason> reasons = new ArrayList<>();
        reasons.add(new ProposalReason.Fits());
        String recipientId = points.recipientId();
        long requested = daysOf(recipientId, null);
        long covered = daysOf(recipientId, assignment -> true);
        long days = packages.get(packageId).days();
        reasons.add(new ProposalReason.Coverage(share(covered - days, requested), share(covered, requested)));
        int weight = instance.recipients().stream().filter(r -> r.id().equals(recipientId)).mapToInt(Recipient::weight)
                .findFirst().orElse(1);
        if (weight > 1) {
            reasons.add(new ProposalReason.Priority(weight));
        }
        if (points.interestPoints() > 0) {
            reasons.add(new ProposalReason.Interest());
        }
        if (instance.previous().contains(new PackageOfferPair(packageId, offerId))) {
            reasons.add(new ProposalReason.KeepsPrevious());
        } else if (points.stabilityPoints() < 0) {
            reasons.add(new ProposalReason.ReplacesPrevious());
        }
        long providerDays = daysOf(recipientId, assignment -> assignment.providerId().equals(points.providerId()));
        int cap = instance.policy().concentrationCapPercent();
        reasons.add(new ProposalReason.ProviderShare(share(providerDays, requested), cap,
                100 * providerDays > (long) cap * requested));
        return Optional.of(reasons);
    }

    /**
     * The expert-days of a State's packages: all of them when {@code assigned} is {@code null}, otherwise those the
     * plan assigns as the condition says.
     */
    private long daysOf(String recipientId, Predicate<AssignmentPoints> assigned) {
        return instance.packages().stream().filter(p -> p.recipientId().equals(recipientId))
                .filter(p -> assigned == null
                        || (pointsByPackage.containsKey(p.id()) && assigned.test(pointsByPackage.get(p.id()))))
                .mapToLong(WorkPackage::days).sum();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
