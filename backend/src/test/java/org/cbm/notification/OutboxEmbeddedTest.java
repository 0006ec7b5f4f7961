package org.cbm.notification;

import org.cbm.EmbeddedMongoTest;
import org.springframework.test.context.TestPropertySource;

@EmbeddedMongoTest
@TestPropertySource(properties = NotificationTestProperties.SENDING_DRIVEN_BY_TESTS)
class OutboxEmbeddedTest extends OutboxContract {
}
