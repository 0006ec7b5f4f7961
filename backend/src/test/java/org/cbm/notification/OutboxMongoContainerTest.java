package org.cbm.notification;

import org.cbm.MongoContainerTest;
import org.springframework.test.context.TestPropertySource;

@MongoContainerTest
@TestPropertySource(properties = NotificationTestProperties.SENDING_DRIVEN_BY_TESTS)
class OutboxMongoContainerTest extends OutboxContract {
}
