package org.cbm.audit;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class AuditLogEmbeddedTest extends AuditLogContract {
}
