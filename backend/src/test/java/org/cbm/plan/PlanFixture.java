package org.cbm.plan;

import java.time.Instant;
import java.util.List;
import org.cbm.solver.instance.PackageOfferPair;

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

    /** A solved plan in status PUBLISHED (store {@link #publishedPointer} too to publish it). */
    public static MatchingPlan published(String id, String instanceJson, List<PackageOfferPair> assignments, long soft,
            PlanSummary summary, String explanationJson) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        return new MatchingPlan(id, PlanStatus.PUBLISHED, "lucia@example.org", at, at.plusSeconds(30), 30, 1, null,
                instanceJson, List.of(), false, assignments, true, soft, summary, explanationJson, null,
                "lucia@example.org", at.plusSeconds(60));
    }

    public static Object publishedPointer(String planId) {
        return new PublishedPlanPointer(PublishedPlanPointer.ID, planId, "lucia@example.org", Instant.parse("2026-11-01T11:00:00Z"));
    }
}
