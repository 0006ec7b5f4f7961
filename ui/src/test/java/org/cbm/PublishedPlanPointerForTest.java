package org.cbm;

import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The pointer to the published plan, moved or hidden for the length of a test and put back as it was on
 * {@link #close()}: without it, the plan published before would stay PUBLISHED with nothing pointing to it, and
 * other tests would see the marketplace changed. Written directly, as the backend's pointer type is its own.
 */
public final class PublishedPlanPointerForTest implements AutoCloseable {

    private static final String POINTERS = "publishedPlan";
    private static final String CURRENT = "current";

    private final MongoOperations mongo;
    private final Document previousPointer;

    private PublishedPlanPointerForTest(MongoOperations mongo) {
        this.mongo = mongo;
        this.previousPointer = mongo.getCollection(POINTERS).find(new Document("_id", CURRENT)).first();
    }

    /** No plan is published until closed. */
    public static PublishedPlanPointerForTest hidden(MongoOperations mongo) {
        PublishedPlanPointerForTest pointer = new PublishedPlanPointerForTest(mongo);
        mongo.getCollection(POINTERS).deleteOne(new Document("_id", CURRENT));
        return pointer;
    }

    /** The plan with this id is the published one until closed. */
    public static PublishedPlanPointerForTest pointingTo(MongoOperations mongo, String planId, String publishedBy,
            Instant publishedAt) {
        PublishedPlanPointerForTest pointer = new PublishedPlanPointerForTest(mongo);
        mongo.getCollection(POINTERS).replaceOne(new Document("_id", CURRENT), new Document("_id", CURRENT)
                .append("planId", planId).append("publishedBy", publishedBy)
                .append("publishedAt", Date.from(publishedAt)), new ReplaceOptions().upsert(true));
        return pointer;
    }

    @Override
    public void close() {
        if (previousPointer == null) {
            mongo.getCollection(POINTERS).deleteOne(new Document("_id", CURRENT));
        } else {
            mongo.getCollection(POINTERS).replaceOne(new Document("_id", CURRENT), previousPointer,
                    new ReplaceOptions().upsert(true));
        }
    }
}
