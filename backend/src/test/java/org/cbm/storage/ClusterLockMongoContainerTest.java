package org.cbm.storage;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class ClusterLockMongoContainerTest extends ClusterLockContract {
}
