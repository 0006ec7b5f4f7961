package org.cbm.plan.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.plan.MatchingPlan;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.explain.PlanExplanation;

/**
 * A solved plan with what it was solved from: the exact instance the run took and the explanation the run stored
 * (points per assignment, reasons for unassigned packages, metrics). The backend keeps both as JSON on the plan.
 */
record PlanContents(MatchingPlan plan, Instance instance, Optional<PlanExplanation> explanation) {

    static PlanContents read(MatchingPlan plan, ObjectMapper json) {
        try {
            Instance instance = InstanceJson.parse(plan.instanceJson());
            PlanExplanation explanation = plan.explanationJson() == null ? null
                    : json.readValue(plan.explanationJson(), PlanExplanation.class);
            return new PlanContents(plan, instance, Optional.ofNullable(explanation));
        } catch (InvalidInstanceException | JsonProcessingException e) {
            throw new IllegalStateException("Plan " + plan.id() + " keeps data that no longer reads", e);
        }
    }

    Map<String, WorkPackage> packages() {
        return instance.packages().stream().collect(Collectors.toMap(WorkPackage::id, Function.identity()));
    }

    Map<String, Offer> offers() {
        return instance.offers().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
    }

    Map<String, Provider> providers() {
        return instance.providers().stream().collect(Collectors.toMap(Provider::id, Function.identity()));
    }

    Set<String> assignedPackages() {
        return plan.assignments().stream().map(PackageOfferPair::packageId).collect(Collectors.toSet());
    }
}
