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
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.explain.PlanMetrics;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.score.ReferenceScore;
import org.cbm.solver.solve.MatchingSolver;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Runs the public instances and prints, per instance, the greedy baseline, the solver's best score at each
 * checkpoint (one run, read off its progress), the ratio to the best known bound, fairness metrics, score
 * calculation speed and peak heap.
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
        int threads = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--checkpoints" -> checkpoints = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .sorted().toArray();
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> instances.add(Path.of(args[i]));
            }
        }
        if (instances.isEmpty()) {
            System.err.println("usage: Benchmark INSTANCE.json... [--checkpoints 5,30,120] [--threads N]");
            System.exit(2);
        }
        PrintStream out = System.out;
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

    private static String run(Instance instance, int[] checkpoints, int threads, PrintStream out) {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long greedy = GreedyBaseline.plan(instance).score().soft();
        out.printf("%s: greedy baseline %,d; solving %d s%n", instance.id(), greedy,
                checkpoints[checkpoints.length - 1]);
        List<MatchingSolver.Progress> progress = new ArrayList<>();
        MatchingSolver.Result result = MatchingSolver.solve(instance,
                Duration.ofSeconds(checkpoints[checkpoints.length - 1]), threads, progress::add);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Plan plan = AllocationFactory.toPlan(result.best());
        ReferenceScore reference = ReferenceScore.of(instance, plan);
        if (reference.soft() != plan.score().soft() || reference.feasible() != plan.score().feasible()) {
            throw new IllegalStateException("solver and reference score differ on " + instance.id());
        }
        PlanMetrics metrics = PlanExplainer.metrics(instance, plan);
        Long bound = BEST_KNOWN_BOUNDS.get(instance.id());
        StringBuilder row = new StringBuilder(String.format("| %s | %,d |", instance.id(), greedy));
        for (int checkpoint : checkpoints) {
            HardSoftLongScore score = bestAt(progress, checkpoint * 1000L);
            row.append(score == null ? " - |" : String.format(" %,d%s |", score.softScore(),
                    score.isFeasible() ? "" : " (infeasible)"));
        }
        row.append(bound == null ? " - |" : String.format(" %.4f |", (double) plan.score().soft() / bound));
        row.append(String.format(" %.3f | %s | %,d/s | %,d MiB |", (double) plan.score().soft() / greedy,
                metrics.jainIndex() == null ? "n/a" : String.format("%.3f / %.3f", metrics.jainIndex(),
                        metrics.minimumCoverage()),
                result.scoreCalculationSpeed(), peakHeap / (1024 * 1024)));
        HardSoftLongScore firstFeasible = progress.stream().map(MatchingSolver.Progress::score)
                .filter(HardSoftLongScore::isFeasible).findFirst().orElse(null);
        long firstFeasibleMillis = progress.stream().filter(p -> p.score().isFeasible())
                .mapToLong(MatchingSolver.Progress::millis).findFirst().orElse(-1);
        out.printf("%s: first feasible plan %s after %.1f s; final %s%n", instance.id(), firstFeasible,
                firstFeasibleMillis / 1000.0, plan.score());
        return row.toString();
    }

    private static HardSoftLongScore bestAt(List<MatchingSolver.Progress> progress, long millis) {
        HardSoftLongScore best = null;
        for (MatchingSolver.Progress step : progress) {
            if (step.millis() <= millis) {
                best = step.score();
            }
        }
        return best;
    }

    private static String header(int[] checkpoints) {
        StringBuilder header = new StringBuilder("| instance | greedy |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int checkpoint : checkpoints) {
            header.append(" solver ").append(checkpoint).append(" s |");
            rule.append("---|");
        }
        header.append(" final / best UB | final / greedy | Jain / min coverage | score calc speed | peak heap |");
        rule.append("---|---|---|---|---|");
        return header + "\n" + rule;
    }
}
