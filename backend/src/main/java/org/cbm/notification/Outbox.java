package org.cbm.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cbm.storage.Filters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox collection. Each operation is a single-document atomic write whose condition says who may make it:
 * a message is claimed by one node at a time, and only the node holding the claim records its outcome.
 */
@Component
class Outbox {

    private final MongoTemplate mongo;

    Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds the message unless one with the same id is already queued; says whether it was added. */
    boolean add(OutboxMessage message) {
        try {
            mongo.insert(message);
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /**
     * Claims the pending message that has waited longest and is due at {@code now}, unless another node holds a
     * live claim on it. The find and the claim are one atomic findAndModify: two nodes never claim the same message.
     */
    Optional<OutboxMessage> claimNext(String node, Instant now, Duration lease) {
        Query dueAndUnclaimed = query(where("status").is(OutboxStatus.PENDING).and("nextAttemptAt").lte(now)
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(now)))
                .with(Sort.by("nextAttemptAt", "createdAt"));
        Update claim = new Update().set("claimedBy", node).set("claimedUntil", now.plus(lease));
        return Optional.ofNullable(mongo.findAndModify(dueAndUnclaimed, claim,
                FindAndModifyOptions.options().returnNew(true), OutboxMessage.class));
    }

    /** Records that the message was sent; false if {@code node} no longer held the claim. */
    boolean markSent(String id, String node, Instant now) {
        return mongo.updateFirst(claimedBy(id, node),
                release().set("status", OutboxStatus.SENT).set("sentAt", now), OutboxMessage.class).getModifiedCount() == 1;
    }

    /**
     * Records a failed attempt and when to try again (or that it gives up, with {@link OutboxStatus#FAILED});
     * false if {@code node} no longer held the claim.
     */
    boolean markFailed(String id, String node, int attempts, OutboxStatus status, Instant nextAttemptAt, String error) {
        return mongo.updateFirst(claimedBy(id, node), release().set("status", status).set("attempts", attempts)
                .set("nextAttemptAt", nextAttemptAt).set("lastError", error), OutboxMessage.class).getModifiedCount() == 1;
    }

    /** Messages newest first, of one status or of all when {@code status} is null. */
    Page<OutboxMessage> list(OutboxStatus status, Pageable pageable) {
        // A published plan queues many messages in one millisecond: the id keeps pages from repeating or skipping them.
        Pageable newestFirst = Filters.sorted(pageable, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return Filters.visible(new Criteria()).equal("status", status).page(mongo, newestFirst, OutboxMessage.class);
    }

    private static Query claimedBy(String id, String node) {
        return query(where("_id").is(id).and("status").is(OutboxStatus.PENDING).and("claimedBy").is(node));
    }

    private static Update release() {
        return new Update().unset("claimedBy").unset("claimedUntil");
    }
}
