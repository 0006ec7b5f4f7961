package org.cbm.matching;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class MatchPersistenceEmbeddedTest extends MatchPersistenceContract {
}
