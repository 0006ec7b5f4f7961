package org.cbm.plan;

import java.time.Instant;
import java.util.List;
import org.cbm.solver.instance.PackageOfferPair;

/** A plan as the REST API shows it; the instance and the explanations have endpoints of their own. */
public record PlanView(String id, PlanStatus status, String startedBy, Instant startedAt, Instant finishedAt,
        int seconds, int policyVersion, String basedOnPublishedPlanId, boolean cancelRequested, Boolean feasible,
        Long soft, PlanSummary summary, List<ProgressPoint> progress, List<PackageOfferPair> assignments,
        String failure, String publishedBy, Instant publishedAt) {

    static PlanView of(MatchingPlan plan) {
        return new PlanView(plan.id(), plan.status(), plan.startedBy(), plan.startedAt(), plan.finishedAt(),
                plan.seconds(), plan.policyVersion(), plan.basedOnPublishedPlanId(), plan.cancelRequested(),
                plan.feasible(), plan.soft(), plan.summary(), plan.progress(), plan.assignments(), plan.failure(),
                plan.publishedBy(), plan.publishedAt());
    }
}
