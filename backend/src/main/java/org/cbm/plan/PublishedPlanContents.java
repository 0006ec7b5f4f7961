package org.cbm.plan;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The published plan with its instance and explanation, for everyone signed in. A solved plan never changes, so the
 * contents last read are kept until another plan is published: a call costs one small read, not parsing the plan.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class PublishedPlanContents {

    private final PlanPublisher publisher;
    private volatile PlanContents lastRead;

    PublishedPlanContents(PlanPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * The published plan's contents, or empty when no plan was published yet.
     *
     * @throws IllegalStateException when the plan's stored JSON no longer reads (see {@link PlanContents#of})
     */
    public Optional<PlanContents> current() {
        Optional<String> publishedId = publisher.publishedPlanId();
        PlanContents cached = lastRead;
        if (cached != null && publishedId.equals(Optional.of(cached.plan().id()))) {
            return Optional.of(cached);
        }
        Optional<PlanContents> read = publishedId.flatMap(publisher::plan).map(PlanContents::of);
        // Read just after the pointer moved, the plan may not say PUBLISHED yet: keep only what is final.
        read.filter(contents -> contents.plan().status() == PlanStatus.PUBLISHED).ifPresent(contents -> lastRead = contents);
        return read;
    }
}
