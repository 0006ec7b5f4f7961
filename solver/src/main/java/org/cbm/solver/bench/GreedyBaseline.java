package org.cbm.solver.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbm.solver.instance.Compatibility;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanScore;
import org.cbm.solver.score.ReferenceScore;

/**
 * The benchmark's naive baseline, the same as {@code bench/greedy.py}: pinned pairs first, then every other package
 * in instance order goes to the first offer (instance order) that is compatible and still has room.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    public static Plan plan(Instance instance) {
        Map<String, Integer> room = new HashMap<>();
        instance.offers().forEach(offer -> room.put(offer.id(), offer.capacityDays()));
        Map<String, WorkPackage> packages = new HashMap<>();
        instance.packages().forEach(p -> packages.put(p.id(), p));
        Map<String, String> assigned = new HashMap<>();
        for (PackageOfferPair pair : instance.pinned()) {
            assigned.put(pair.packageId(), pair.offerId());
            room.merge(pair.offerId(), -packages.get(pair.packageId()).days(), Integer::sum);
        }
        Compatibility compatibility = new Compatibility(instance);
        for (WorkPackage workPackage : instance.packages()) {
            if (assigned.containsKey(workPackage.id())) {
                continue;
            }
            for (Offer offer : instance.offers()) {
                if (room.get(offer.id()) >= workPackage.days() && compatibility.isCompatible(workPackage, offer)) {
                    assigned.put(workPackage.id(), offer.id());
                    room.merge(offer.id(), -workPackage.days(), Integer::sum);
                    break;
                }
            }
        }
        List<PackageOfferPair> pairs = new ArrayList<>();
        for (WorkPackage workPackage : instance.packages()) {
            if (assigned.containsKey(workPackage.id())) {
                pairs.add(new PackageOfferPair(workPackage.id(), assigned.get(workPackage.id())));
            }
        }
        ReferenceScore score = ReferenceScore.of(instance, new Plan(instance.id(), pairs, null));
        return new Plan(instance.id(), pairs, new PlanScore(score.feasible(), score.soft()));
    }
}
