package org.cbm.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only by construction: this repository can add and read events, never change or delete them. */
interface AuditEventRepository extends Repository<AuditEvent, String> {

    AuditEvent insert(AuditEvent event);

    Page<AuditEvent> findAllByOrderByAtDesc(Pageable pageable);

    Page<AuditEvent> findByEntityTypeAndEntityIdOrderByAtDesc(String entityType, String entityId, Pageable pageable);
}
