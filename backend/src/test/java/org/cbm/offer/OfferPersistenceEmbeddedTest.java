package org.cbm.offer;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class OfferPersistenceEmbeddedTest extends OfferPersistenceContract {
}
