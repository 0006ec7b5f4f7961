package org.cbm.request;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class MarketplaceSearchEmbeddedTest extends MarketplaceSearchContract {
}
