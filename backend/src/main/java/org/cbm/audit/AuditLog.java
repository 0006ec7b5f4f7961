package org.cbm.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import org.cbm.storage.Filters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The append-only trail of every change of state in the marketplace. */
@Service
public class AuditLog {

    /** The actor of changes that the application makes by itself (reference data, scheduled work). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final MongoOperations mongo;
    private final Clock clock;

    AuditLog(AuditEventRepository events, MongoOperations mongo, Clock clock) {
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuditEvent record(String actor, String entityType, String entityId, String action, String before,
            String after) {
        return events.insert(new AuditEvent(null, clock.instant(), actor, entityType, entityId, action, before, after));
    }

    /** Optional filters of the trail; {@code null} means any. {@code from} is inclusive, {@code to} exclusive. */
    public record AuditFilter(String entityType, String entityId, String actor, String action, Instant from, Instant to) {

        public static AuditFilter ofEntity(String entityType, String entityId) {
            return new AuditFilter(entityType, entityId, null, null, null, null);
        }
    }

    /** Events matching the filter, newest first (coordinators). */
    @PreAuthorize("hasRole('COORDINATOR')")
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        // The database keeps milliseconds: events of the same millisecond come in the order they were recorded,
        // which their generated ids keep (an ObjectId counts up within a node).
        Pageable newestFirst = Filters.sorted(pageable, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")));
        Filters filters = Filters.visible(new Criteria())
                .equal("entityType", filter.entityType())
                .equal("entityId", filter.entityId())
                .equal("actor", filter.actor())
                .equal("action", filter.action());
        if (filter.from() != null) {
            filters.and(where("at").gte(filter.from()));
        }
        if (filter.to() != null) {
            filters.and(where("at").lt(filter.to()));
        }
        return filters.page(mongo, newestFirst, AuditEvent.class);
    }
}
