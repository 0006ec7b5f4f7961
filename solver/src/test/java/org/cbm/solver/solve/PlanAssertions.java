package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.plan.Plan;

/** Checks of a {@link CompactPlan} against the allocation it was read from, for the tests of what changes it. */
final class PlanAssertions {

    private PlanAssertions() {
    }

    /**
     * Within capacity by the days of the packages each offer holds, worked out here rather than read from the plan's
     * own room figures, which must agree.
     */
    static void assertFeasible(Allocation allocation, CompactPlan plan) {
        int[] used = new int[plan.offerCount()];
        for (PackageAssignment assignment : allocation.assignments()) {
            int offer = plan.offerOf(assignment.index());
            if (offer != CompactPlan.NONE) {
                used[offer] += assignment.days();
            }
            if (assignment.isPinned()) {
                assertThat(offer).isEqualTo(assignment.pinnedOffer().index());
            } else if (offer != CompactPlan.NONE) {
                assertThat(plan.isCompatible(assignment.index(), offer)).isTrue();
            }
        }
        for (OfferCapacity offer : allocation.offers()) {
            assertThat(used[offer.index()]).as("days in offer %s", offer).isLessThanOrEqualTo(offer.capacityDays());
            assertThat(plan.room(offer.index())).as("room of offer %s", offer)
                    .isEqualTo(offer.capacityDays() - used[offer.index()]);
        }
    }

    static Allocation written(Allocation allocation, CompactPlan plan) {
        int[] offers = plan.offers();
        for (PackageAssignment assignment : allocation.assignments()) {
            int o = offers[assignment.index()];
            assignment.setOffer(o == CompactPlan.NONE ? null : allocation.offers().get(o));
        }
        return allocation;
    }

    /** The {@code cbm-plan/1} of the compact plan's offers, without a score; the allocation is left as it is. */
    static Plan planOf(Allocation allocation, CompactPlan plan) {
        List<PackageOfferPair> pairs = new ArrayList<>();
        int[] offers = plan.offers();
        for (int p = 0; p < offers.length; p++) {
            if (offers[p] != CompactPlan.NONE) {
                pairs.add(new PackageOfferPair(allocation.assignments().get(p).id(),
                        allocation.offers().get(offers[p]).id()));
            }
        }
        return new Plan(allocation.instanceId(), pairs, null);
    }
}
