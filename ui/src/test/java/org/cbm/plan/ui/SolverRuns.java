package org.cbm.plan.ui;

import java.time.Duration;
import java.time.Instant;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanService;
import org.cbm.plan.PlanStatus;
import org.springframework.data.domain.PageRequest;

/** Short real solver runs for the coordination view tests; call them with a coordinator signed in. */
final class SolverRuns {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private SolverRuns() {
    }

    /** Waits until a run has finished (whatever its outcome) and returns it as stored. */
    static MatchingPlan awaitEnd(PlanService plans, String planId) {
        Instant deadline = Instant.now().plus(LIMIT);
        MatchingPlan plan = plans.get(planId);
        while (plan.status() == PlanStatus.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Solver run " + planId + " still running after " + LIMIT);
            }
            sleep();
            plan = plans.get(planId);
        }
        return plan;
    }

    /** Waits for any run in progress (another test's) to end, so that the single solver slot is free. */
    static void awaitNoRun(PlanService plans) {
        plans.list(PlanStatus.RUNNING, PageRequest.of(0, 10)).forEach(running -> awaitEnd(plans, running.id()));
    }

    /** The published plan; a 1-second run is solved and published first when there is none. */
    static MatchingPlan published(PlanService plans) {
        return plans.published().orElseGet(() -> {
            awaitNoRun(plans);
            MatchingPlan draft = awaitEnd(plans, plans.start(1).id());
            return plans.publish(draft.id());
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a solver run", e);
        }
    }
}
