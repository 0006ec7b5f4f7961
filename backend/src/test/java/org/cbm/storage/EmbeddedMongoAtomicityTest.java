package org.cbm.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A single-document write is atomic on the embedded server as on real MongoDB: many threads claiming documents
 * with findAndModify at once each claim a document at most once. (The product's locks, e-mail outbox and
 * optimistic locking all rest on this.)
 */
@EmbeddedMongoTest
class EmbeddedMongoAtomicityTest {

    private static final int DOCUMENTS = 500;
    private static final int THREADS = 12;

    @Autowired
    MongoOperations mongo;

    @Test
    void concurrentClaimsNeverTakeADocumentTwice() throws Exception {
        mongo.dropCollection("claims");
        mongo.getCollection("claims").insertMany(IntStream.range(0, DOCUMENTS)
                .mapToObj(i -> new Document("_id", "d-" + i).append("owner", null)).toList());
        ConcurrentHashMap<String, AtomicInteger> claims = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String owner = "thread-" + t;
                workers.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        Document claimed = mongo.findAndModify(query(where("owner").is(null)),
                                new Update().set("owner", owner), FindAndModifyOptions.options().returnNew(true),
                                Document.class, "claims");
                        if (claimed == null) {
                            return null;
                        }
                        claims.computeIfAbsent(claimed.getString("_id"), id -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claims).hasSize(DOCUMENTS);
        assertThat(claims.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }
}
