package org.cbm.solver.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cbm.solver.cli.CommandLine;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.explain.PlanMetrics;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.cbm.solver.solve.MatchingSolver;

/**
 * Runs the public instances and prints, per instance, the greedy baseline, the solver's score after each time
 * limit (one run per limit), and for the longest run: the ratio to the best known bound and to the greedy
 * baseline, Jain index and minimum coverage, moves per second of compact annealing, score calculations per second
 * of the local search, and peak heap.
 *
 * <pre>java -Xmx2g -cp solver/target/cbm-solver.jar org.cbm.solver.bench.Benchmark INSTANCE.json... [--checkpoints 5,30,120] [--threads N]</pre>
 */
public final class Benchmark {

    /**
     * Best known upper bounds of the public instances (bench/README.md): the s1 optimum, the m1 MIP dual bound,
     * the l1 capacity-knapsack bound. They are the benchmark protocol's denominators, not results of this solver.
     */
    static final Map<String, Long> BEST_KNOWN_BOUNDS = Map.of("s1", 11_158_150L, "m1", 104_051_485L,
            "l1", 763_407_300L);

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> instances = new ArrayList<>();
        int[] checkpoints = {5, 30, 120};
        int threads = MatchingSolver.defaultThreads();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--checkpoints" -> checkpoints = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .sorted().toArray();
                case "--threads" -> threads = CommandLine.positive(args[i], args[++i], problems);
                default -> instances.add(Path.of(args[i]));
            }
        }
        if (instances.isEmpty() || !problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.err.println("usage: Benchmark INSTANCE.json... [--checkpoints 5,30,120] [--threads N]");
            System.exit(2);
        }
        PrintStream out = System.out;
        out.printf("%d thread(s): as many compact annealing chains%n", threads);
        List<String> rows = new ArrayList<>();
        for (Path file : instances) {
            Instance instance;
            try {
                instance = InstanceJson.read(file);
            } catch (InvalidInstanceException e) {
                e.problems().forEach(System.err::println);
                System.exit(2);
                return;
            }
            rows.add(run(instance, checkpoints, threads, out));
        }
        out.println();
        out.println(header(checkpoints));
        rows.forEach(out::println);
    }

    /**
     * One solver run per checkpoint: simulated annealing cools down over its time limit, so the best score
     * 30 s into a 120 s run is not what a 30 s run (the command line's default) gives.
     */
    private static String run(Instance instance, int[] checkpoints, int threads, PrintStream out) {
        long greedy = GreedyBaseline.plan(instance).score().soft();
        out.printf("%s: greedy baseline %,d%n", instance.id(), greedy);
        StringBuilder row = new StringBuilder(String.format("| %s | %,d |", instance.id(), greedy));
        Plan plan = null;
        MatchingSolver.Result result = null;
        long peakHeap = 0;
        for (int checkpoint : checkpoints) {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            List<MatchingSolver.Progress> progress = new ArrayList<>();
            result = MatchingSolver.solve(instance, Duration.ofSeconds(checkpoint), threads, progress::add);
            peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            plan = AllocationFactory.toPlan(result.best());
            ReferenceScore reference = ReferenceScore.of(instance, plan);
            if (reference.soft() != plan.score().soft() || reference.feasible() != plan.score().feasible()) {
                throw new IllegalStateException("solver and reference score differ on " + instance.id());
            }
            long firstFeasibleMillis = progress.stream().filter(step -> step.score().isFeasible())
                    .mapToLong(MatchingSolver.Progress::millis).findFirst().orElse(-1);
            out.printf("%s: %d s run: first feasible plan after %.1f s, final %s, %,d compact moves/s per chain, "
                            + "%,d score calculations/s%n",
                    instance.id(), checkpoint, firstFeasibleMillis / 1000.0, plan.score(),
                    result.compactMoveSpeed(), result.scoreCalculationSpeed());
            row.append(String.format(" %,d%s |", plan.score().soft(), plan.score().feasible() ? "" : " (infeasible)"));
        }
        PlanMetrics metrics = PlanExplainer.metrics(instance, plan);
        Long bound = BEST_KNOWN_BOUNDS.get(instance.id());
        row.append(bound == null ? " - |" : String.format(" %.4f |", (double) plan.score().soft() / bound));
        row.append(String.format(" %.3f | %s | %,d/s | %,d/s | %,d MiB |", (double) plan.score().soft() / greedy,
                metrics.jainIndex() == null ? "n/a" : String.format("%.3f / %.3f", metrics.jainIndex(),
                        metrics.minimumCoverage()),
                result.compactMoveSpeed(), result.scoreCalculationSpeed(), peakHeap / (1024 * 1024)));
        return row.toString();
    }

    private static String header(int[] checkpoints) {
        StringBuilder header = new StringBuilder("| instance | greedy |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int checkpoint : checkpoints) {
            header.append(" solver ").append(checkpoint).append(" s |");
            rule.append("---|");
        }
        header.append(" longest / best UB | longest / greedy | Jain / min coverage | compact moves per chain | "
                + "local search score calc speed | peak heap |");
        rule.append("---|---|---|---|---|---|");
        return header + "\n" + rule;
    }
}
