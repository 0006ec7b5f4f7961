package org.cbm.solver.solve;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.domain.PackageAssignment;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.score.MatchingConstraints;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves an instance: a value-density greedy start, compact annealing for most of the time limit, then OptaPlanner's
 * local search with the same moves until the time limit.
 */
public final class MatchingSolver {

    // Compact annealing makes tens of times more moves per second than the local search phase, so it gets all the
    // time but the last few percent, counted from the solve's start; the local search uses the rest and ends
    // exactly at the limit. The annealing's slices let OptaPlanner report new best plans and stop early between them.
    private static final long COMPACT_SHARE_PERCENT = 95;
    private static final int COMPACT_SLICES = 20;

    /** A new best plan found after {@code millis} of solving. */
    public record Progress(long millis, HardSoftLongScore score) {
    }

    /**
     * The best plan, how many moves per second each compact annealing chain made (the mean over the chains) and how
     * many score calculations per second the local search phase made (each move of either is scored once; 0 if the
     * phase did not run).
     */
    public record Result(Allocation best, long compactMoveSpeed, long scoreCalculationSpeed) {
    }

    private MatchingSolver() {
    }

    /**
     * Threads (annealing chains) when the caller does not choose: one per processor, at most four. The chains share
     * the arrays that describe the instance (about 32 MiB on l1), but each holds its own plan (about 15 MiB on l1),
     * and beyond a few chains the odds improve little.
     */
    public static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** Solves for {@code timeLimit}; {@code threads} annealing chains run side by side (one per thread). */
    public static Result solve(Instance instance, Duration timeLimit, int threads, Consumer<Progress> progress) {
        CompactAnnealing annealing = compactAnnealing(timeLimit, threads);
        SolverFactory<Allocation> factory = SolverFactory.create(config(timeLimit, annealing));
        // The local search's own speed is only exposed by the implementation; it is what the benchmark reports.
        DefaultSolver<Allocation> solver = (DefaultSolver<Allocation>) factory.buildSolver();
        LocalSearchSpeed localSearchSpeed = new LocalSearchSpeed();
        solver.addPhaseLifecycleListener(localSearchSpeed);
        solver.addEventListener(event -> progress.accept(
                new Progress(event.getTimeMillisSpent(), (HardSoftLongScore) event.getNewBestScore())));
        Allocation best = solver.solve(AllocationFactory.from(instance));
        return new Result(best, annealing.moveSpeed(), localSearchSpeed.perSecond);
    }

    /** The configuration with a time limit, also used by tests to score plans without solving. */
    public static SolverConfig config(Duration timeLimit, int threads) {
        return config(timeLimit, compactAnnealing(timeLimit, threads));
    }

    private static CompactAnnealing compactAnnealing(Duration timeLimit, int threads) {
        return new CompactAnnealing(timeLimit.multipliedBy(COMPACT_SHARE_PERCENT).dividedBy(100), COMPACT_SLICES,
                Math.max(1, threads));
    }

    private static SolverConfig config(Duration timeLimit, CompactAnnealing annealing) {
        // The moves of compact annealing, scored by the constraint streams. OptaPlanner's plain change moves are
        // left out: they would have to be followed on the factory's mirror (the compact moves include changes and
        // keep capacity, a plain change into a full offer does not); so are swap moves: for most pairs of packages
        // neither offer suits the other package.
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(CompactMoveFactory.class))
                // A typical package is worth 10^4-10^5 points, stability and concentration steps 10^2-10^3: the
                // temperature lets the search trade those small terms freely but rarely gives up coverage.
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature("0hard/5000soft"))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        return new SolverConfig()
                .withSolutionClass(Allocation.class)
                .withEntityClasses(PackageAssignment.class)
                // Bavet rather than the Drools default: several times more score calculations per second here.
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                // No OptaPlanner move threads: on s1 two of them made the local search slower (85,000 against
                // 147,000 score calculations a second), so more threads run more annealing chains instead.
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(annealing.clockPhase(),
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStart.class)),
                        annealing.phase(),
                        localSearch);
    }

    /** Score calculations per second of the local search phase: the solver's own figure also counts other phases. */
    private static final class LocalSearchSpeed extends PhaseLifecycleListenerAdapter<Allocation> {

        private long startNanos;
        private long startCount;
        private long perSecond;

        @Override
        public void phaseStarted(AbstractPhaseScope<Allocation> phaseScope) {
            startNanos = System.nanoTime();
            startCount = phaseScope.getSolverScope().getScoreCalculationCount();
        }

        @Override
        public void phaseEnded(AbstractPhaseScope<Allocation> phaseScope) {
            if (phaseScope instanceof LocalSearchPhaseScope) {
                long nanos = Math.max(1, System.nanoTime() - startNanos);
                perSecond = (phaseScope.getSolverScope().getScoreCalculationCount() - startCount) * 1_000_000_000L
                        / nanos;
            }
        }
    }
}
