package org.cbm.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only trail of every change (coordinators)")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "Audit events, newest first; filter by entity type and id, actor, action and period")
    PagedModel<AuditEvent> events(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, Pageable pageable) {
        return new PagedModel<>(auditLog.search(new AuditLog.AuditFilter(entityType, entityId, actor, action, from, to),
                pageable));
    }
}
