package org.cbm.organisation;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class StatesReferenceMongoContainerTest extends StatesReferenceContract {
}
