package org.cbm.storage;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class ClusterLockEmbeddedTest extends ClusterLockContract {
}
