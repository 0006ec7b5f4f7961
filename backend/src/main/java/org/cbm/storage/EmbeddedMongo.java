package org.cbm.storage;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;

/** The running embedded database server; present as a bean only when the application uses it. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final ConnectionString connectionString;

    EmbeddedMongo(MongoServer server, ConnectionString connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    public ConnectionString connectionString() {
        return connectionString;
    }

    /** Stops the server and flushes its data file. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
