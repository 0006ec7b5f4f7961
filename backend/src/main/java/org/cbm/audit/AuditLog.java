package org.cbm.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The append-only trail of every change of state in the marketplace. */
@Service
public class AuditLog {

    /** The actor of changes that the application makes by itself (reference data, scheduled work). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public AuditEvent record(String actor, String entityType, String entityId, String action, String before,
            String after) {
        return events.insert(new AuditEvent(null, clock.instant(), actor, entityType, entityId, action, before, after));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Page<AuditEvent> recent(Pageable pageable) {
        return events.findAllByOrderByAtDesc(pageable);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Page<AuditEvent> ofEntity(String entityType, String entityId, Pageable pageable) {
        return events.findByEntityTypeAndEntityIdOrderByAtDesc(entityType, entityId, pageable);
    }
}
