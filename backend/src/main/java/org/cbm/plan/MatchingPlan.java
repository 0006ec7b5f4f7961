package org.cbm.plan;

import java.time.Instant;
import java.util.List;
import org.cbm.solver.instance.PackageOfferPair;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One solver run and the plan it produced. It keeps the exact instance it was solved from, so that anyone can
 * check the plan with an independent checker. The assignments never change once the run is over; the document
 * moves through its statuses by conditional single-document updates only.
 *
 * @param basedOnPublishedPlanId the plan that was published when the run started: publishing this one replaces it
 * @param explanationJson        points per assignment, reasons per unassigned package and the metrics, as JSON
 */
@Document("plans")
public record MatchingPlan(
        @Id String id,
        @Indexed PlanStatus status,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        int seconds,
        int policyVersion,
        String basedOnPublishedPlanId,
        String instanceJson,
        List<ProgressPoint> progress,
        boolean cancelRequested,
        List<PackageOfferPair> assignments,
        Boolean feasible,
        Long soft,
        PlanSummary summary,
        String explanationJson,
        String failure,
        String publishedBy,
        Instant publishedAt) {

    public MatchingPlan {
        progress = progress == null ? List.of() : List.copyOf(progress);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    static MatchingPlan running(String id, String startedBy, Instant at, int seconds, int policyVersion,
            String basedOnPublishedPlanId, String instanceJson) {
        return new MatchingPlan(id, PlanStatus.RUNNING, startedBy, at, null, seconds, policyVersion,
                basedOnPublishedPlanId, instanceJson, List.of(), false, List.of(), null, null, null, null, null, null, null);
    }
}
