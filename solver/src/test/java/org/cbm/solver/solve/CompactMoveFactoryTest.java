package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The local search takes compact moves through OptaPlanner: each move is built on the factory's mirror of the
 * working solution, so the mirror must follow the working solution from step to step, whichever moves OptaPlanner
 * tries, takes back or keeps; a move built on a stale mirror would overfill offers.
 */
class CompactMoveFactoryTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"s1", "m1"})
    void movesKeepTheWorkingSolutionFeasibleStepAfterStep(String name) {
        Instance instance = TestInstance.publicInstance(name);
        int[] kept = {0};
        CustomPhaseCommand<Allocation> localSearchLike = scoreDirector -> {
            CompactMoveFactory factory = new CompactMoveFactory();
            Random random = new Random(name.hashCode());
            for (int step = 0; step < 1_000; step++) {
                Iterator<ReassignMove> moves = factory.createRandomMoveIterator(scoreDirector, random);
                // Like a local search step: a few moves are tried and taken back, then one is kept, or none.
                for (int tried = 0; tried < 3; tried++) {
                    ReassignMove move = moves.next();
                    if (move.isMoveDoable(scoreDirector)) {
                        Move<Allocation> undo = move.doMove(scoreDirector);
                        assertFeasible(scoreDirector.getWorkingSolution());
                        undo.doMoveOnly(scoreDirector);
                    }
                }
                ReassignMove move = moves.next();
                if (random.nextInt(4) > 0 && move.isMoveDoable(scoreDirector)) {
                    move.doMoveOnly(scoreDirector);
                    assertFeasible(scoreDirector.getWorkingSolution());
                    kept[0]++;
                }
            }
        };

        Allocation solved = SolverFactory.<Allocation>create(MatchingSolver.config(Duration.ofMinutes(1), 1)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStart.class)),
                        new CustomPhaseConfig().withCustomPhaseCommandList(List.of(localSearchLike))))
                .buildSolver().solve(AllocationFactory.from(instance));

        assertThat(kept[0]).isGreaterThan(500);
        assertThat(solved.getScore().isFeasible()).isTrue();
        Plan plan = AllocationFactory.toPlan(solved);
        assertThat(ReferenceScore.of(instance, plan).soft()).isEqualTo(plan.score().soft());
    }

    private static void assertFeasible(Allocation allocation) {
        int[] usedDays = new int[allocation.offers().size()];
        allocation.assignments().stream().filter(assignment -> assignment.getOffer() != null)
                .forEach(assignment -> usedDays[assignment.getOffer().index()] += assignment.days());
        for (OfferCapacity offer : allocation.offers()) {
            assertThat(usedDays[offer.index()]).as("days of offer %s", offer).isLessThanOrEqualTo(offer.capacityDays());
        }
        for (PackageAssignment assignment : allocation.assignments()) {
            if (assignment.isPinned()) {
                assertThat(assignment.getOffer()).isSameAs(assignment.pinnedOffer());
            } else if (assignment.getOffer() != null) {
                assertThat(assignment.isCompatibleWith(assignment.getOffer())).isTrue();
            }
        }
    }
}
