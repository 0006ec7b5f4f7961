package org.cbm.plan;

import java.util.List;
import org.cbm.solver.instance.PackageOfferPair;

/**
 * A draft side by side with the published plan: their figures, and which pairs the draft adds, keeps and drops.
 * {@code published} is {@code null} when nothing has been published yet.
 */
public record PlanComparison(String draftId, PlanSummary draft, Long draftSoft, String publishedId,
        PlanSummary published, Long publishedSoft, List<PackageOfferPair> added, List<PackageOfferPair> kept,
        List<PackageOfferPair> dropped) {
}
