package org.cbm.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbm.solver.TestInstance;
import org.cbm.solver.bench.GreedyBaseline;
import org.cbm.solver.instance.Instance;
import org.junit.jupiter.api.Test;

/** The custom planning clone must be a full, independent copy whose references all stay inside the clone. */
class AllocationClonerTest {

    private final Instance s1 = TestInstance.publicInstance("s1");
    private final Allocation original = AllocationFactory.from(s1, GreedyBaseline.plan(s1));
    private final Allocation clone = new AllocationCloner().cloneSolution(original);

    @Test
    void cloneHasTheSameAssignmentsOnItsOwnOffers() {
        for (int i = 0; i < original.assignments().size(); i++) {
            PackageAssignment before = original.assignments().get(i);
            PackageAssignment after = clone.assignments().get(i);
            assertThat(after).isNotSameAs(before);
            assertThat(after.id()).isEqualTo(before.id());
            if (before.getOffer() == null) {
                assertThat(after.getOffer()).isNull();
            } else {
                assertThat(after.getOffer().id()).isEqualTo(before.getOffer().id());
                assertThat(after.getOffer()).isSameAs(clone.offers().get(before.getOffer().index()));
                assertThat(after.getOffer().packages()).contains(after);
            }
            assertThat(after.getCompatibleOffers()).allSatisfy(offer ->
                    assertThat(offer).isSameAs(clone.offers().get(offer.index())));
        }
    }

    @Test
    void changingTheCloneLeavesTheOriginalAlone() {
        PackageAssignment assigned = clone.assignments().stream().filter(a -> a.getOffer() != null && !a.isPinned())
                .findFirst().orElseThrow();
        OfferCapacity offer = assigned.getOffer();
        int packagesBefore = original.offers().get(offer.index()).packages().size();

        assigned.setOffer(null);
        clone.rebuildOfferPackages();

        assertThat(original.assignments().get(assigned.index()).getOffer()).isNotNull();
        assertThat(original.offers().get(offer.index()).packages()).hasSize(packagesBefore);
        assertThat(offer.packages()).hasSize(packagesBefore - 1);
    }
}
