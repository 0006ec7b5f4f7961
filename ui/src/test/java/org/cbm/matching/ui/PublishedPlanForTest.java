package org.cbm.matching.ui;

import java.time.Instant;
import java.util.List;
import org.cbm.PublishedPlanPointerForTest;
import org.cbm.offer.Offer;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanStatus;
import org.cbm.request.AssistanceRequest;
import org.cbm.solver.explain.ExplanationJson;
import org.cbm.solver.explain.PlanExplainer;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.WorkPackage;
import org.cbm.solver.plan.Plan;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A plan pairing one test request's package with one test offer, explained by the solver, published for the length
 * of a test: afterwards the plan is removed and the pointer to the published plan put back as it was, so that
 * other tests see the marketplace as before. (Publishing through the plan service would also withdraw every open
 * proposal the plan drops.)
 */
final class PublishedPlanForTest implements AutoCloseable {

    private final MongoOperations mongo;
    private final MatchingPlan plan;
    private final PublishedPlanPointerForTest pointer;

    private PublishedPlanForTest(MongoOperations mongo, MatchingPlan plan, PublishedPlanPointerForTest pointer) {
        this.mongo = mongo;
        this.plan = plan;
        this.pointer = pointer;
    }

    /** Publishes a plan that assigns the request's package {@code packageIndex} to the offer, and nothing else. */
    static PublishedPlanForTest of(MongoOperations mongo, AssistanceRequest request, Offer offer, int packageIndex) {
        Instance instance = new Instance("i-test", Policy.DEFAULT,
                List.of(new Recipient(request.recipientId(), null, Region.AFRICA, IncomeGroup.LMC, 2, null)),
                List.of(new Provider(offer.providerId(), null, OrganisationKind.STATE)),
                List.of(new org.cbm.solver.instance.Offer(offer.id(), offer.providerId(), offer.capacityDays(),
                        offer.themes(), List.copyOf(offer.languages()), offer.start(), offer.end(), null, null)),
                request.packages().stream().map(p -> new WorkPackage(p.id(), request.id(), request.recipientId(),
                        p.theme(), List.copyOf(p.languages()), p.days(), p.urgency(), p.start(), p.end(), null)).toList(),
                null, null, null);
        List<PackageOfferPair> assignments =
                List.of(new PackageOfferPair(request.packages().get(packageIndex).id(), offer.id()));
        String explanation = ExplanationJson.toJson(PlanExplainer.explain(instance, new Plan("i-test", assignments, null)));
        Instant now = Instant.now();
        MatchingPlan plan = mongo.insert(new MatchingPlan("plan-test-" + now.toEpochMilli(), PlanStatus.PUBLISHED,
                "coordinator@demo.example", now, now, 1, 1, null, InstanceJson.toJson(instance), List.of(), false,
                assignments, true, 0L, null, explanation, null, "coordinator@demo.example", now));
        return new PublishedPlanForTest(mongo, plan,
                PublishedPlanPointerForTest.pointingTo(mongo, plan.id(), plan.publishedBy(), now));
    }

    @Override
    public void close() {
        pointer.close();
        mongo.remove(plan);
    }
}
