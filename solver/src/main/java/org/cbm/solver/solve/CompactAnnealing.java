package org.cbm.solver.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.cbm.solver.domain.Allocation;
import org.cbm.solver.domain.OfferCapacity;
import org.cbm.solver.domain.PackageAssignment;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Simulated annealing on a {@link CompactPlan} with {@link CompactMoves}: the moves of the local search phase, scored
 * by plain array arithmetic instead of the constraint streams, tens of times more moves per second. It runs as the
 * steps of an OptaPlanner custom phase, each a slice of its time budget that ends by writing the best plan so far
 * into the working solution: OptaPlanner then scores it (the constraint streams have the last word on the score),
 * keeps it as its best solution, reports it, and checks its termination between slices. Moves are accepted by the
 * schedule's temperature (how much of it goes to cooling depends on the plan's size and the chain's speed), with
 * stability weighed as {@link AnnealingSchedule#STABILITY_WEIGHT} says; the best plan is the best by the true score.
 * The end of the last slice goes to {@link OfferRepacking} of each chain's best plan.
 *
 * <p>With several threads, each anneals its own chain from the same start with its own random moves, and each slice
 * writes back the best plan of all chains. Annealing ends in one of many deep local optima of nearly equal score
 * (see the solver's README), so independent chains raise the odds of the best one more than a shared chain could.
 * The solver's thread runs the first chain, a daemon thread named {@code compact-annealing} each of the others for
 * one slice.
 */
final class CompactAnnealing {

    // Runs are reproducible but for timing (how many moves fit into the budget); chain i uses seed SEED + i.
    private static final long SEED = 0;
    // The end of the budget, in the last slice, goes to repacking each chain's best plan (OfferRepacking); the
    // schedules run over the rest. On s1 a round of repacking takes a tenth of a second.
    private static final double REPACKING_SHARE = 0.04;
    // A fresh thread per helper chain and slice (a few a second): nothing outlives a slice, whenever a solve stops.
    private static final Executor NEW_DAEMON_THREAD = task -> {
        Thread thread = new Thread(task, "compact-annealing");
        thread.setDaemon(true);
        thread.start();
    };

    private final long endNanosAfterStart;
    private final int sliceCount;
    private final int chainCount;
    // When the clock phase last ran, if no annealing has started since: the start of the solve about to anneal.
    private boolean clocked;
    private long clockedNanos;
    private Allocation started;
    private List<Chain> chains = List.of();
    private long startNanos;
    private long budgetNanos;
    private long annealingEndNanos;
    private int slicesDone;

    /**
     * Annealing that ends {@code end} after the solve started, as recorded by {@link #clockPhase}; without that
     * phase, {@code end} after the annealing started.
     */
    CompactAnnealing(Duration end, int sliceCount, int chainCount) {
        this.endNanosAfterStart = end.toNanos();
        this.sliceCount = sliceCount;
        this.chainCount = chainCount;
    }

    /** The time the last solve gave the annealing: from its start until its end after the solve's start. */
    Duration budget() {
        return Duration.ofNanos(budgetNanos);
    }

    /** Moves made per second of annealing by one chain (the mean over the chains), 0 before it ran. */
    long moveSpeed() {
        return (long) chains.stream().mapToLong(Chain::moveSpeed).average().orElse(0);
    }

    /**
     * A phase to run first, which records when the solve started: the phases before the annealing (the greedy
     * start, 0.5 s on l1 in a fresh JVM) then shorten its budget instead of pushing its end past the time limit.
     * OptaPlanner counts its time limit from about then too: building the score director before the first phase
     * (1.1 s on l1) does not count.
     */
    @SuppressWarnings("rawtypes") // the configuration takes commands of any solution class
    CustomPhaseConfig clockPhase() {
        CustomPhaseCommand<Allocation> clock = scoreDirector -> {
            clocked = true;
            clockedNanos = System.nanoTime();
        };
        return new CustomPhaseConfig().withCustomPhaseCommandList(List.<CustomPhaseCommand>of(clock));
    }

    /** A custom phase whose steps are the slices. */
    @SuppressWarnings("rawtypes") // the configuration takes commands of any solution class
    CustomPhaseConfig phase() {
        List<CustomPhaseCommand> slices = new ArrayList<>();
        for (int i = 0; i < sliceCount; i++) {
            slices.add((CustomPhaseCommand<Allocation>) this::runSlice);
        }
        return new CustomPhaseConfig().withCustomPhaseCommandList(slices);
    }

    private void runSlice(ScoreDirector<Allocation> scoreDirector) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        // A solver built from the same configuration again solves a new working solution: start afresh.
        if (allocation != started) {
            started = allocation;
            slicesDone = 0;
            startNanos = System.nanoTime();
            long solveStartNanos = clocked ? clockedNanos : startNanos;
            clocked = false;
            budgetNanos = Math.max(1, solveStartNanos + endNanosAfterStart - startNanos);
            List<Chain> fresh = new ArrayList<>();
            fresh.add(new Chain(allocation, SEED));
            for (int i = 1; i < chainCount; i++) {
                fresh.add(new Chain(fresh.get(0), SEED + i));
            }
            chains = fresh;
            annealingEndNanos = startNanos + (long) (budgetNanos * (1 - REPACKING_SHARE));
        }
        slicesDone++;
        long endNanos = startNanos + budgetNanos / sliceCount * slicesDone;
        boolean last = slicesDone == sliceCount;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Chain chain : chains.subList(1, chains.size())) {
            running.add(CompletableFuture.runAsync(() -> chain.runSlice(endNanos, last), NEW_DAEMON_THREAD));
        }
        chains.get(0).runSlice(endNanos, last);
        // Every chain must have stopped before any is read. join() waits through interrupts (the chains stop at the
        // slice's end anyway) and rethrows a helper's failure, which fails the solve.
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        Chain best = chains.get(0);
        for (Chain chain : chains) {
            if (chain.bestSoft > best.bestSoft) {
                best = chain;
            }
        }
        write(best.bestOffers(), allocation, scoreDirector);
    }

    private static void write(int[] offers, Allocation allocation, ScoreDirector<Allocation> scoreDirector) {
        for (PackageAssignment assignment : allocation.assignments()) {
            int o = offers[assignment.index()];
            OfferCapacity offer = o == CompactPlan.NONE ? null : allocation.offers().get(o);
            if (assignment.getOffer() != offer) {
                scoreDirector.beforeVariableChanged(assignment, "offer");
                assignment.setOffer(offer);
                scoreDirector.afterVariableChanged(assignment, "offer");
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /** One annealing chain: its plan, its moves and the best plan it has seen. */
    private final class Chain {

        // Not java.util.Random: its atomic seed update took a quarter of the annealing's time.
        private final SplittableRandom random;
        private final CompactPlan plan;
        private final CompactMoves moves;
        private final OfferRepacking repacking;
        private int[] best;
        private long bestSoft;
        // The plan is the best one so far and the best array is stale; copied only when the search leaves it (on
        // l1, copying 10,000 offers at every new best would cost more than the search).
        private boolean atBest;
        private long moveCount;
        private long annealingNanos;

        Chain(Allocation allocation, long seed) {
            random = new SplittableRandom(seed);
            plan = new CompactPlan(allocation);
            moves = new CompactMoves(plan, random);
            repacking = new OfferRepacking(plan, moves.targets());
            best = plan.offers();
            bestSoft = plan.soft();
        }

        /** A chain from the same start as {@code first} (which has not annealed yet), sharing its read-only arrays. */
        Chain(Chain first, long seed) {
            random = new SplittableRandom(seed);
            plan = first.plan.copy();
            moves = first.moves.withPlan(plan, random);
            repacking = new OfferRepacking(plan, moves.targets());
            best = plan.offers();
            bestSoft = plan.soft();
        }

        long moveSpeed() {
            return annealingNanos == 0 ? 0 : moveCount * 1_000_000_000L / annealingNanos;
        }

        int[] bestOffers() {
            return atBest ? plan.offers() : best;
        }

        void runSlice(long endNanos, boolean last) {
            if (moves.isEmpty()) {
                return;
            }
            anneal(Math.min(endNanos, annealingEndNanos));
            if (last) {
                repackBest(endNanos);
            }
        }

        private void anneal(long endNanos) {
            long sliceStart = System.nanoTime();
            double temperature = 0;
            double stabilityWeight = 1;
            // The clock and the schedules are read at the slice's first move and then every 256 moves.
            for (long sliceMoves = 0; ; sliceMoves++) {
                if ((sliceMoves & 255) == 0) {
                    long now = System.nanoTime();
                    if (now >= endNanos) {
                        break;
                    }
                    double spent = (double) (now - startNanos) / (annealingEndNanos - startNanos);
                    // The moves the annealing allows at this chain's speed so far; none yet reads as few.
                    double budgetMoves = (double) moveCount * (annealingEndNanos - startNanos)
                            / Math.max(1, annealingNanos + now - sliceStart);
                    temperature = AnnealingSchedule.temperature(spent,
                            AnnealingSchedule.coolingShare(moves.movableCount(), budgetMoves));
                    stabilityWeight = AnnealingSchedule.STABILITY_WEIGHT.at(spent);
                }
                moveCount++;
                long stabilityCostBefore = plan.stabilityCost();
                long delta = moves.next();
                if (delta == CompactMoves.NOT_DOABLE) {
                    continue;
                }
                double weighted = delta - (stabilityWeight - 1) * (plan.stabilityCost() - stabilityCostBefore);
                if (weighted >= 0 || random.nextDouble() < Math.exp(weighted / temperature)) {
                    if (atBest && delta < 0) {
                        best = plan.offersBeforeChanges();
                        atBest = false;
                    }
                    plan.commit();
                    if (plan.soft() > bestSoft) {
                        bestSoft = plan.soft();
                        atBest = true;
                    }
                } else {
                    plan.undoTo(0);
                }
            }
            annealingNanos += System.nanoTime() - sliceStart;
        }

        /** Turns the plan into the best one and improves it by repacking offers until {@code endNanos}. */
        private void repackBest(long endNanos) {
            int[] offers = bestOffers();
            for (int p = 0; p < offers.length; p++) {
                plan.move(p, offers[p]);
            }
            plan.commit();
            repacking.improve(endNanos);
            bestSoft = plan.soft();
            atBest = true;
        }
    }
}
