package org.cbm.audit;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class AuditLogMongoContainerTest extends AuditLogContract {
}
