package org.cbm.account;

import org.cbm.EmbeddedMongoTest;

@EmbeddedMongoTest
class AccountServiceEmbeddedTest extends AccountServiceContract {
}
