package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbm.solver.solve.PlanAssertions.assertFeasible;
import static org.cbm.solver.solve.PlanAssertions.planOf;

import java.nio.file.Path;
import java.util.Random;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanJson;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repacking must find what two or three offers can still gain, and never lose points or break a rule. */
class OfferRepackingTest {

    private static final long S1_OPTIMUM = 11_158_150;

    /**
     * An end state of compact annealing on s1, 400 points below the optimum: one package leaves offer o-58 for two
     * smaller ones of other recipients, and three packages trade places between o-8 and o-16. Neither step gains alone.
     */
    @Test
    void repackingReachesS1sOptimumFromAnAnnealingEndState() throws Exception {
        Instance instance = TestInstance.publicInstance("s1");
        Allocation allocation = AllocationFactory.from(instance, endState());
        CompactPlan plan = new CompactPlan(allocation);
        assertThat(plan.soft()).isEqualTo(11_157_750);

        new OfferRepacking(plan, new PackageTargets(plan)).improve(Long.MAX_VALUE);

        assertThat(plan.soft()).isEqualTo(S1_OPTIMUM);
        assertFeasible(allocation, plan);
        ReferenceScore reference = ReferenceScore.of(instance, planOf(allocation, plan));
        assertThat(reference.feasible()).isTrue();
        assertThat(reference.soft()).isEqualTo(S1_OPTIMUM);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s1", "m1"})
    void repackingNeverLosesPointsNorBreaksARule(String name) {
        Instance instance = TestInstance.publicInstance(name);
        Allocation allocation = AllocationFactory.from(instance);
        CompactPlan plan = new CompactPlan(allocation);
        CompactMoves moves = new CompactMoves(plan, new Random(7));
        OfferRepacking repacking = new OfferRepacking(plan, moves.targets());
        int gains = 0;
        for (int round = 0; round < 5; round++) {
            // Random moves kept whatever they cost leave plans that repacking can improve.
            for (int n = 0; n < 2_000; n++) {
                moves.next();
                plan.commit();
            }
            long before = plan.soft();

            repacking.improve(System.nanoTime() + 200_000_000L);

            assertThat(plan.soft()).isGreaterThanOrEqualTo(before);
            gains += plan.soft() > before ? 1 : 0;
            assertFeasible(allocation, plan);
            ReferenceScore reference = ReferenceScore.of(instance, planOf(allocation, plan));
            assertThat(reference.feasible()).isTrue();
            assertThat(reference.soft()).isEqualTo(plan.soft());
        }
        assertThat(gains).isPositive();
    }

    /** An offer that hundreds of packages could take would make a search that does not end: it is left out. */
    @Test
    void offersWithTooManyCandidatesAreLeftAlone() {
        TestInstance builder = new TestInstance().recipient("KEN", 2).provider("EST")
                .offer("o-1", "EST", 10).offer("o-2", "EST", 10);
        for (int p = 0; p < 130; p++) {
            builder.workPackage("p-" + p, "KEN", 5 + p % 3, 1 + p % 3);
        }
        Allocation allocation = AllocationFactory.from(builder.build());
        CompactPlan plan = new CompactPlan(allocation);
        long before = plan.soft();

        new OfferRepacking(plan, new PackageTargets(plan)).improve(Long.MAX_VALUE);

        assertThat(plan.soft()).isEqualTo(before);
        assertThat(plan.offers()).containsOnly(CompactPlan.NONE);
    }

    private static Plan endState() throws Exception {
        return PlanJson.read(Path.of(OfferRepackingTest.class.getResource("/plans/s1-annealing-end-state.json").toURI()));
    }
}
