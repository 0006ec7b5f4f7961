package org.cbm.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbm.solver.TestInstance;
import org.cbm.solver.bench.GreedyBaseline;
import org.cbm.solver.instance.Instance;
import org.junit.jupiter.api.Test;

/** The custom planning clone must copy every package, and share only what never changes while solving. */
class AllocationClonerTest {

    private final Instance s1 = TestInstance.publicInstance("s1");
    private final Allocation original = AllocationFactory.from(s1, GreedyBaseline.plan(s1));
    private final Allocation clone = new AllocationCloner().cloneSolution(original);

    @Test
    void cloneHasTheSameAssignmentsOnTheSameOffers() {
        assertThat(clone.offers()).isSameAs(original.offers());
        for (int i = 0; i < original.assignments().size(); i++) {
            PackageAssignment before = original.assignments().get(i);
            PackageAssignment after = clone.assignments().get(i);
            assertThat(after).isNotSameAs(before);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.getOffer()).isSameAs(before.getOffer());
            assertThat(after.isPinned()).isEqualTo(before.isPinned());
            assertThat(after.getCompatibleOffers()).allSatisfy(offer ->
                    assertThat(offer).isSameAs(clone.offers().get(offer.index())));
        }
    }

    @Test
    void changingTheCloneLeavesTheOriginalAlone() {
        PackageAssignment assigned = clone.assignments().stream().filter(a -> a.getOffer() != null && !a.isPinned())
                .findFirst().orElseThrow();

        assigned.setOffer(null);

        assertThat(original.assignments().get(assigned.index()).getOffer()).isNotNull();
    }
}
