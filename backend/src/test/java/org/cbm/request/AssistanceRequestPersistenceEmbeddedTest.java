package org.cbm.request;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class AssistanceRequestPersistenceEmbeddedTest extends AssistanceRequestPersistenceContract {
}
