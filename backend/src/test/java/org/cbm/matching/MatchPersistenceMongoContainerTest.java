package org.cbm.matching;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class MatchPersistenceMongoContainerTest extends MatchPersistenceContract {
}
