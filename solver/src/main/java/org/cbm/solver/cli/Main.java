package org.cbm.solver.cli;

/** Entry point of {@code cbm-solver.jar}; see {@link SolveCommand}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new SolveCommand(System.out, System.err).run(args));
    }
}
