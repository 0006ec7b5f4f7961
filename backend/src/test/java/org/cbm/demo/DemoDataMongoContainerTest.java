package org.cbm.demo;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class DemoDataMongoContainerTest extends DemoDataContract {
}
