package org.cbm.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Runs the embedded server's commands one at a time. The in-process server finds a document and then changes it
 * in two steps, so two connections could both claim the document that a findAndModify or a versioned update
 * selects; real MongoDB makes every single-document write atomic, and the application relies on it (locks, the
 * e-mail outbox, optimistic locking). Serialising the commands restores that guarantee; the embedded server
 * serves one application node, for which this costs little.
 */
final class SerializedBackend implements MongoBackend {

    private final MongoBackend backend;

    SerializedBackend(MongoBackend backend) {
        this.backend = backend;
    }

    @Override
    public synchronized void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public synchronized Document handleCommand(Channel channel, String database, String command, Document query) {
        return backend.handleCommand(channel, database, command, query);
    }

    @Override
    public synchronized QueryResult handleQuery(MongoQuery query) {
        return backend.handleQuery(query);
    }

    @Override
    public synchronized Document handleMessage(MongoMessage message) {
        return backend.handleMessage(message);
    }

    @Override
    public synchronized void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public synchronized Collection<Document> getCurrentOperations(MongoQuery query) {
        return backend.getCurrentOperations(query);
    }

    @Override
    public synchronized Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public synchronized void close() {
        backend.close();
    }

    @Override
    public synchronized void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public synchronized void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public synchronized void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public synchronized MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public synchronized MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
