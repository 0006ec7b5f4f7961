package org.cbm.policy;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class PolicyServiceEmbeddedTest extends PolicyServiceContract {
}
