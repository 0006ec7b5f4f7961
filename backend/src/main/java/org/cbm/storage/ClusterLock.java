package org.cbm.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A lock shared by every node of the application, held in MongoDB with an expiry, so that a node that dies
 * cannot keep it for ever. Taking and renewing are single atomic writes: of two nodes trying at once, one wins.
 */
@Component
public class ClusterLock {

    @Document("locks")
    record Lease(@Id String name, String owner, Instant expiresAt) {
    }

    private final MongoOperations mongo;
    private final Clock clock;

    ClusterLock(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes the lock for {@code owner} if it is free, expired, or already the owner's; true when taken. */
    public boolean tryAcquire(String name, String owner, Duration ttl) {
        Instant now = clock.instant();
        Criteria takeable = where("_id").is(name).orOperator(where("expiresAt").lte(now), where("owner").is(owner));
        try {
            Lease lease = mongo.findAndModify(query(takeable),
                    new Update().set("owner", owner).set("expiresAt", now.plus(ttl)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class);
            return lease != null && owner.equals(lease.owner());
        } catch (DuplicateKeyException held) {
            return false; // the upsert collided with the live lease of another owner
        }
    }

    /** Extends the owner's lease; false if it was lost (expired and taken by another node). */
    public boolean renew(String name, String owner, Duration ttl) {
        // Matched, not modified: a renewal within the same millisecond as the last one changes nothing, yet the
        // owner still holds the lease.
        return mongo.updateFirst(query(where("_id").is(name).and("owner").is(owner)),
                new Update().set("expiresAt", clock.instant().plus(ttl)), Lease.class).getMatchedCount() == 1;
    }

    public void release(String name, String owner) {
        mongo.remove(query(where("_id").is(name).and("owner").is(owner)), Lease.class);
    }

    /** Who holds the lock now, if anyone. */
    public Optional<String> holder(String name) {
        Lease lease = mongo.findById(name, Lease.class);
        return lease == null || !lease.expiresAt().isAfter(clock.instant())
                ? Optional.empty() : Optional.of(lease.owner());
    }
}
