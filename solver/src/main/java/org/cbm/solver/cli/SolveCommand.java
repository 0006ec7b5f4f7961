package org.cbm.solver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import org.cbm.solver.domain.AllocationFactory;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanJson;
import org.cbm.solver.score.ReferenceScore;
import org.cbm.solver.solve.MatchingSolver;

/**
 * Reads an instance, solves it for the given time and writes the plan (and optionally its explanation).
 * Exit codes: 0 plan written, 1 internal error, 2 bad arguments or an instance that cannot be solved.
 */
public final class SolveCommand {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;

    public SolveCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        CommandLine commandLine = CommandLine.parse(args);
        if (!commandLine.problems().isEmpty()) {
            commandLine.problems().forEach(err::println);
            err.println(CommandLine.USAGE);
            return INVALID_INPUT;
        }
        Instance instance;
        try {
            instance = InstanceJson.read(commandLine.instance());
        } catch (NoSuchFileException e) {
            err.println("argument --instance: file " + commandLine.instance() + " does not exist");
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println("argument --instance: cannot read " + commandLine.instance() + ": " + e.getMessage());
            return INVALID_INPUT;
        } catch (InvalidInstanceException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s) in " + commandLine.instance() + "; no plan written");
            return INVALID_INPUT;
        }
        return solve(instance, commandLine);
    }

    private int solve(Instance instance, CommandLine commandLine) {
        err.printf("%s: %d packages, %d offers; solving for %d s%n", instance.id(), instance.packages().size(),
                instance.offers().size(), commandLine.seconds());
        MatchingSolver.Result result = MatchingSolver.solve(instance, Duration.ofSeconds(commandLine.seconds()),
                commandLine.threads(),
                progress -> err.printf("%7.1f s  best %s%n", progress.millis() / 1000.0, progress.score()));
        err.printf("compact annealing: %d chain(s), %d moves/s each; local search: %d score calculations/s%n",
                commandLine.threads(), result.compactMoveSpeed(), result.scoreCalculationSpeed());
        Plan plan = AllocationFactory.toPlan(result.best());
        // The written score must be the spec's: cross-check the constraints against the plain reference scorer.
        ReferenceScore reference = ReferenceScore.of(instance, plan);
        if (reference.soft() != plan.score().soft() || reference.feasible() != plan.score().feasible()) {
            err.println("internal error: solver score " + plan.score() + " differs from the reference score "
                    + reference + "; no plan written");
            return INTERNAL_ERROR;
        }
        try {
            PlanJson.write(plan, commandLine.plan());
            if (commandLine.explain() != null) {
                ExplanationJson.write(PlanExplainer.explain(instance, plan), commandLine.explain());
            }
        } catch (IOException e) {
            err.println("cannot write the output: " + e.getMessage());
            return INTERNAL_ERROR;
        }
        out.printf("%s: %s soft=%d (%d of %d packages assigned) -> %s%n", instance.id(),
                plan.score().feasible() ? "feasible" : "INFEASIBLE", plan.score().soft(), plan.assignments().size(),
                instance.packages().size(), commandLine.plan());
        return OK;
    }
}
