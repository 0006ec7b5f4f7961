package org.cbm.solver.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cbm.solver.TestInstance;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Compact annealing writes back a feasible plan at least as good as the one it started from, scored the same by the
 * constraint streams and the reference, and ends when its own budget is spent, however long the solver may run; with
 * several chains as with one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompactAnnealingTest {

    @ParameterizedTest(name = "{0} chain(s)")
    @ValueSource(ints = {1, 2})
    void improvesTheGreedyPlanAndEndsWithItsBudget(int chains) {
        Instance instance = TestInstance.publicInstance("s1");
        Allocation greedy = solve(instance, new CustomPhaseConfig().withCustomPhaseCommandClassList(
                List.of(GreedyStart.class)));

        long start = System.nanoTime();
        Allocation annealed = solve(instance,
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStart.class)),
                new CompactAnnealing(Duration.ofSeconds(1), 4, chains).phase());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(annealed.getScore().isFeasible()).isTrue();
        assertThat(annealed.getScore().softScore()).isGreaterThan(greedy.getScore().softScore());
        Plan plan = AllocationFactory.toPlan(annealed);
        assertThat(ReferenceScore.of(instance, plan).soft()).isEqualTo(plan.score().soft());
        // The solver below may run for 30 s; the phase, every chain included, must stop after its 1 s budget.
        assertThat(seconds).isLessThan(20);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals(
                "compact-annealing"));
    }

    @Test
    void aSecondSolveWithTheSameConfigurationStartsAfresh() {
        SolverConfig config = config(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                List.of(GreedyStart.class)), new CompactAnnealing(Duration.ofMillis(500), 2, 1).phase());
        SolverFactory.<Allocation>create(config).buildSolver().solve(AllocationFactory.from(
                TestInstance.publicInstance("s1")));

        // Another instance: continuing from the first solve's plan would give m1's packages s1's offers.
        Instance instance = TestInstance.publicInstance("m1");
        Allocation second = SolverFactory.<Allocation>create(config).buildSolver().solve(
                AllocationFactory.from(instance));

        assertThat(second.getScore().isFeasible()).isTrue();
        Plan plan = AllocationFactory.toPlan(second);
        assertThat(ReferenceScore.of(instance, plan).soft()).isEqualTo(plan.score().soft());
    }

    /** The phases before the annealing shorten its budget, so that the solve still ends at its time limit. */
    @Test
    @SuppressWarnings("rawtypes") // the configuration takes commands of any solution class
    void endsItsTimeAfterTheSolveStartedHoweverLongTheEarlierPhasesTook() {
        CompactAnnealing annealing = new CompactAnnealing(Duration.ofMillis(2_500), 4, 1);
        CustomPhaseCommand<Allocation> slowStart = scoreDirector -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        Allocation annealed = solve(TestInstance.publicInstance("s1"), annealing.clockPhase(),
                new CustomPhaseConfig().withCustomPhaseCommandList(List.<CustomPhaseCommand>of(slowStart)),
                annealing.phase());

        // At most what the slow start left of the 2.5 s (all of it if counted from the annealing's own start); a
        // bound that no slowness of the machine can break, unlike a measured run time.
        assertThat(annealing.budget()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(annealing.moveSpeed()).isPositive();
        assertThat(annealed.getScore().isFeasible()).isTrue();
    }

    private static Allocation solve(Instance instance, PhaseConfig<?>... phases) {
        return SolverFactory.<Allocation>create(config(phases)).buildSolver().solve(AllocationFactory.from(instance));
    }

    /** The solver's own configuration (score, termination after 30 s) with only these phases. */
    private static SolverConfig config(PhaseConfig<?>... phases) {
        return MatchingSolver.config(Duration.ofSeconds(30), 1).withPhases(phases);
    }
}
