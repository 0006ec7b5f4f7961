package org.cbm.audit;

import org.springframework.data.repository.Repository;

/** Append-only by construction: this repository can add and read events, never change or delete them. */
interface AuditEventRepository extends Repository<AuditEvent, String> {

    AuditEvent insert(AuditEvent event);
}
