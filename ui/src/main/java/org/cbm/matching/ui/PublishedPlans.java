package org.cbm.matching.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Optional;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanService;
import org.cbm.solver.explain.AssignmentPoints;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the published plan with its explanation. A solved plan never changes, so the last one read is kept until
 * another plan is published.
 */
@Component
class PublishedPlans {

    private static final Logger log = LoggerFactory.getLogger(PublishedPlans.class);

    private final PlanService plans;
    private final ObjectMapper json;
    private volatile PublishedPlan lastRead;

    PublishedPlans(PlanService plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    /** The published plan, if there is one and its explanation can be read. */
    Optional<PublishedPlan> current() {
        Optional<MatchingPlan> published = plans.published();
        if (published.isEmpty() || published.get().explanationJson() == null) {
            return Optional.empty();
        }
        MatchingPlan plan = published.get();
        PublishedPlan cached = lastRead;
        if (cached != null && cached.id().equals(plan.id())) {
            return Optional.of(cached);
        }
        try {
            AssignmentPoints[] points = json.treeToValue(json.readTree(plan.explanationJson()).get("assignments"),
                    AssignmentPoints[].class);
            lastRead = new PublishedPlan(plan.id(), InstanceJson.parse(plan.instanceJson()), Arrays.asList(points));
            return Optional.of(lastRead);
        } catch (JsonProcessingException | InvalidInstanceException | RuntimeException unreadable) {
            log.warn("The explanation of published plan {} cannot be read; proposals are shown without it", plan.id(),
                    unreadable);
            return Optional.empty();
        }
    }
}
