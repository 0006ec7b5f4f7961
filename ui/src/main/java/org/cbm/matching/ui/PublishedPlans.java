package org.cbm.matching.ui;

import java.util.Optional;
import org.cbm.plan.PlanContents;
import org.cbm.plan.PublishedPlanContents;
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

    private final PublishedPlanContents published;
    private volatile PublishedPlan lastRead;

    PublishedPlans(PublishedPlanContents published) {
        this.published = published;
    }

    /** The published plan, if there is one and its explanation can be read. */
    Optional<PublishedPlan> current() {
        try {
            return published.current().filter(contents -> contents.explanation().isPresent()).map(this::explained);
        } catch (IllegalStateException unreadable) {
            log.warn("The published plan cannot be read; proposals are shown without its explanation", unreadable);
            return Optional.empty();
        }
    }

    private PublishedPlan explained(PlanContents contents) {
        PublishedPlan cached = lastRead;
        if (cached == null || !cached.id().equals(contents.plan().id())) {
            cached = new PublishedPlan(contents.plan().id(), contents.instance(),
                    contents.explanation().orElseThrow().assignments());
            lastRead = cached;
        }
        return cached;
    }
}
