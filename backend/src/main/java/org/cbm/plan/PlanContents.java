package org.cbm.plan;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplanation;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.WorkPackage;

/**
 * A solved plan with what it was solved from: the exact instance the run took and the explanation the run stored
 * (points per assignment, reasons for unassigned packages, metrics), read from the JSON the plan keeps.
 */
public record PlanContents(MatchingPlan plan, Instance instance, Optional<PlanExplanation> explanation) {

    /**
     * Reads the plan's instance and explanation (empty while the run has not finished).
     *
     * @throws IllegalStateException when the stored JSON no longer reads: the plan is then of no use to anyone
     */
    public static PlanContents of(MatchingPlan plan) {
        try {
            return new PlanContents(plan, InstanceJson.parse(plan.instanceJson()),
                    Optional.ofNullable(plan.explanationJson()).map(ExplanationJson::parse));
        } catch (InvalidInstanceException | IllegalArgumentException e) {
            throw new IllegalStateException("Plan " + plan.id() + " keeps data that no longer reads", e);
        }
    }

    public Map<String, WorkPackage> packages() {
        return instance.packages().stream().collect(Collectors.toMap(WorkPackage::id, Function.identity()));
    }

    public Map<String, Offer> offers() {
        return instance.offers().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
    }

    public Map<String, Provider> providers() {
        return instance.providers().stream().collect(Collectors.toMap(Provider::id, Function.identity()));
    }

    public Set<String> assignedPackages() {
        return plan.assignments().stream().map(PackageOfferPair::packageId).collect(Collectors.toSet());
    }
}
