package org.cbm.account;

import org.cbm.MongoContainerTest;

@MongoContainerTest
class AccountServiceMongoContainerTest extends AccountServiceContract {
}
