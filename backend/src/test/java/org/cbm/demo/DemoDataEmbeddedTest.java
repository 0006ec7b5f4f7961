package org.cbm.demo;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class DemoDataEmbeddedTest extends DemoDataContract {
}
