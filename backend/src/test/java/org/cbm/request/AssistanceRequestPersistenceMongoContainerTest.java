package org.cbm.request;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class AssistanceRequestPersistenceMongoContainerTest extends AssistanceRequestPersistenceContract {
}
