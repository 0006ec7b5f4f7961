package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbm.solver.solve.PlanAssertions.assertFeasible;
import static org.cbm.solver.solve.PlanAssertions.written;

import java.util.Random;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compact annealing trusts every move to keep the plan feasible (capacity, compatible offers, pinned pairs) and to
 * report its score change exactly: nothing checks the plan again until it is written back.
 */
class CompactMovesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s1", "m1"})
    void movesKeepThePlanFeasibleAndReportTheirScoreChange(String name) {
        Allocation allocation = AllocationFactory.from(TestInstance.publicInstance(name));
        CompactPlan plan = new CompactPlan(allocation);
        Random random = new Random(name.hashCode());
        CompactMoves moves = new CompactMoves(plan, random);
        int made = 0;
        int kept = 0;
        for (int n = 0; n < 20_000; n++) {
            long before = plan.soft();
            int[] offersBefore = plan.offers();
            long delta = moves.next();
            if (delta == CompactMoves.NOT_DOABLE) {
                assertThat(plan.offers()).isEqualTo(offersBefore);
                assertThat(plan.soft()).isEqualTo(before);
                continue;
            }
            made++;
            assertThat(plan.soft()).isEqualTo(before + delta);
            assertFeasible(allocation, plan);
            // Keep most moves, so that the plan fills up and later moves must make room.
            if (random.nextInt(4) > 0) {
                plan.commit();
                kept++;
            } else {
                plan.undoTo(0);
                assertThat(plan.offers()).isEqualTo(offersBefore);
                assertThat(plan.soft()).isEqualTo(before);
            }
        }
        assertThat(made).isGreaterThan(10_000);
        assertThat(kept).isGreaterThan(5_000);
        assertThat(plan.soft()).isEqualTo(new CompactPlan(written(allocation, plan)).soft());
    }

    /** Annealing chains share the read-only arrays of one plan: each must still move and score on its own. */
    @Test
    void aCopyAndItsOriginalMoveIndependently() {
        Allocation allocation = AllocationFactory.from(TestInstance.publicInstance("s1"));
        CompactPlan original = new CompactPlan(allocation);
        CompactMoves originalMoves = new CompactMoves(original, new Random(1));
        makeAndKeep(originalMoves, original, 1_000);
        CompactPlan copy = original.copy();
        CompactMoves copyMoves = originalMoves.withPlan(copy, new Random(2));
        int[] originalOffers = original.offers();
        long originalSoft = original.soft();

        makeAndKeep(copyMoves, copy, 1_000);

        assertThat(copy.offers()).isNotEqualTo(originalOffers);
        assertThat(original.offers()).isEqualTo(originalOffers);
        assertThat(original.soft()).isEqualTo(originalSoft);
        assertFeasible(allocation, original);
        assertFeasible(allocation, copy);
        assertThat(copy.soft()).isEqualTo(new CompactPlan(written(allocation, copy)).soft());
        int[] copyOffers = copy.offers();
        long copySoft = copy.soft();

        makeAndKeep(originalMoves, original, 1_000);

        assertThat(copy.offers()).isEqualTo(copyOffers);
        assertThat(copy.soft()).isEqualTo(copySoft);
        assertFeasible(allocation, original);
        assertThat(original.soft()).isEqualTo(new CompactPlan(written(allocation, original)).soft());
    }

    private static void makeAndKeep(CompactMoves moves, CompactPlan plan, int count) {
        for (int n = 0; n < count; n++) {
            moves.next();
            plan.commit();
        }
    }

    @Test
    void aPlanWithNothingToMoveHasNoMoves() {
        Allocation allocation = AllocationFactory.from(new TestInstance().recipient("KEN", 2).provider("EST")
                .offer("o-1", "EST", 30).workPackage("p-1", "KEN", 10, 3).pinned("p-1", "o-1").build());

        assertThat(new CompactMoves(new CompactPlan(allocation), new Random(1)).isEmpty()).isTrue();
    }

    /** Moves into an offer that can never hold the package would only end broken after making room in vain. */
    @Test
    void aPackageThatNoOfferCanHoldHasNoMoves() {
        // p-2 is compatible with both offers, but o-1 has 5 days left beside its pinned package and o-2 holds 8.
        Allocation allocation = AllocationFactory.from(new TestInstance().recipient("KEN", 2).provider("EST")
                .offer("o-1", "EST", 30).offer("o-2", "EST", 8)
                .workPackage("p-1", "KEN", 25, 3).pinned("p-1", "o-1")
                .workPackage("p-2", "KEN", 10, 3).build());
        CompactPlan plan = new CompactPlan(allocation);

        assertThat(plan.compatible(1)).containsExactly(0, 1);
        assertThat(new CompactMoves(plan, new Random(1)).isEmpty()).isTrue();
    }
}
