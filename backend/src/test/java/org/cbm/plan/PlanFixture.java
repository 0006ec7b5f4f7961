package org.cbm.plan;

import java.time.Instant;
import java.util.List;

/** Stored plans for tests in other packages. */
public final class PlanFixture {

    private PlanFixture() {
    }

    /** A feasible plan without assignments, with metrics in its explanation. */
    public static MatchingPlan plan(String id, PlanStatus status, String basedOn, String instanceJson) {
        boolean solved = status != PlanStatus.RUNNING;
        return new MatchingPlan(id, status, "lucia@example.org", Instant.parse("2026-11-01T10:00:00Z"),
                solved ? Instant.parse("2026-11-01T10:00:30Z") : null, 30, 1, basedOn, instanceJson, List.of(), false,
                List.of(), solved ? Boolean.TRUE : null, solved ? 0L : null,
                solved ? new PlanSummary(0, 0, 0, 0, 0, null, null, null) : null,
                solved ? "{\"metrics\": {\"jainIndex\": null}}" : null, null, null, null);
    }

    public static Object publishedPointer(String planId) {
        return new PublishedPlanPointer(PublishedPlanPointer.ID, planId, "lucia@example.org", Instant.parse("2026-11-01T11:00:00Z"));
    }
}
