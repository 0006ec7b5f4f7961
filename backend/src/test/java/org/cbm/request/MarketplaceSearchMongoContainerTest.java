package org.cbm.request;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class MarketplaceSearchMongoContainerTest extends MarketplaceSearchContract {
}
