package org.cbm.plan;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which plan is the published one. Publishing moves this single pointer in one atomic write, and plans never
 * change once solved, so a reader sees either the old published plan or the new one, never a mix.
 */
@Document("publishedPlan")
record PublishedPlanPointer(@Id String id, String planId, String publishedBy, Instant publishedAt) {

    static final String ID = "current";
}
