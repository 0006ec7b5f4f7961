package org.cbm.offer;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class OfferPersistenceMongoContainerTest extends OfferPersistenceContract {
}
