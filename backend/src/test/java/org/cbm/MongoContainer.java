package org.cbm;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;

/** A single-node MongoDB 7 replica set, shared by every {@link MongoContainerTest}. */
final class MongoContainer {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    private MongoContainer() {
    }
}
