package org.cbm.plan;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Why the published plan proposes its pairs, for everyone signed in: the parties of a proposal see it with its
 * reasons. A solved plan never changes, so the reasons last read are kept until another plan is published.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class ProposalReasons {

    private static final Logger log = LoggerFactory.getLogger(ProposalReasons.class);

    private final PublishedPlanContents published;
    private volatile PlanReasons lastRead;

    ProposalReasons(PublishedPlanContents published) {
        this.published = published;
    }

    /** The published plan's reasons, if there is a published plan and its explanation can be read. */
    public Optional<PlanReasons> published() {
        try {
            return published.current().filter(contents -> contents.explanation().isPresent()).map(this::explained);
        } catch (IllegalStateException unreadable) {
            log.warn("The published plan cannot be read; proposals are shown without its explanation", unreadable);
            return Optional.empty();
        }
    }

    private PlanReasons explained(PlanContents contents) {
        PlanReasons cached = lastRead;
        if (cached == null || !cached.id().equals(contents.plan().id())) {
            cached = new PlanReasons(contents.plan().id(), contents.instance(),
                    contents.explanation().orElseThrow().assignments());
            lastRead = cached;
        }
        return cached;
    }
}
