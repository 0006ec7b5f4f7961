package org.cbm.organisation;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class StatesReferenceEmbeddedTest extends StatesReferenceContract {
}
