package org.cbm.solver.instance;

import java.util.List;

/** An instance that cannot be solved as it is; {@link #problems()} holds one line per problem. */
public class InvalidInstanceException extends Exception {

    private final List<String> problems;

    public InvalidInstanceException(List<String> problems) {
        super(problems.size() + " problem(s) in the instance:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
