package org.cbm.solver.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cbm.solver.solve.MatchingSolver;

/** The parsed arguments of {@code cbm-solver.jar}; {@link #problems()} lists every bad argument. */
public record CommandLine(Path instance, Path plan, int seconds, int threads, Path explain, List<String> problems) {

    static final String USAGE = "usage: java -jar cbm-solver.jar --instance FILE --plan OUT [--seconds N] [--threads N]"
            + " [--explain EXPLAIN.json]";
    static final int DEFAULT_SECONDS = 30;

    static CommandLine parse(String[] args) {
        Path instance = null;
        Path plan = null;
        Path explain = null;
        int seconds = DEFAULT_SECONDS;
        int threads = MatchingSolver.defaultThreads();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                problems.add("argument " + option + ": " + (option.startsWith("--") ? "needs a value" : "unexpected"));
                continue;
            }
            String value = args[++i];
            switch (option) {
                case "--instance" -> instance = Path.of(value);
                case "--plan" -> plan = Path.of(value);
                case "--explain" -> explain = Path.of(value);
                case "--seconds" -> seconds = positive(option, value, problems);
                case "--threads" -> threads = positive(option, value, problems);
                default -> problems.add("argument " + option + ": unknown option");
            }
        }
        if (instance == null) {
            problems.add("argument --instance: missing");
        }
        if (plan == null) {
            problems.add("argument --plan: missing");
        }
        return new CommandLine(instance, plan, seconds, threads, explain, List.copyOf(problems));
    }

    /**
     * {@code value} of {@code option} as a positive integer; otherwise a problem is added and 1 returned. Public for
     * the benchmark's command line.
     */
    public static int positive(String option, String value, List<String> problems) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        problems.add("argument " + option + ": '" + value + "' is not a positive integer");
        return 1;
    }
}
