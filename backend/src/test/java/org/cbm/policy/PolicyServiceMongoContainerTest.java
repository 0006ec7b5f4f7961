package org.cbm.policy;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class PolicyServiceMongoContainerTest extends PolicyServiceContract {
}
