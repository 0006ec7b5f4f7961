package org.cbm.matching.ui;

import java.util.Optional;
import org.cbm.plan.MatchingPlan;
import org.cbm.plan.PlanContents;
import org.cbm.plan.PlanService;
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
    private volatile PublishedPlan lastRead;

    PublishedPlans(PlanService plans) {
        this.plans = plans;
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
            PlanContents contents = PlanContents.of(plan);
            lastRead = new PublishedPlan(plan.id(), contents.instance(), contents.explanation().orElseThrow().assignments());
            return Optional.of(lastRead);
        } catch (IllegalStateException unreadable) {
            log.warn("The explanation of published plan {} cannot be read; proposals are shown without it", plan.id(),
                    unreadable);
            return Optional.empty();
        }
    }
}
