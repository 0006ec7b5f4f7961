package org.cbm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/** The cluster-wide lock; run against the embedded server and against a real MongoDB. */
abstract class ClusterLockContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    ClusterLock lock;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void noLocks() {
        mongo.dropCollection("locks");
    }

    @Test
    void oneOwnerAtATimeUntilReleased() {
        assertThat(lock.tryAcquire("solver-run", "node-a", MINUTE)).isTrue();
        assertThat(lock.tryAcquire("solver-run", "node-b", MINUTE)).isFalse();
        assertThat(lock.tryAcquire("solver-run", "node-a", MINUTE)).as("the owner may take it again").isTrue();
        assertThat(lock.holder("solver-run")).contains("node-a");

        lock.release("solver-run", "node-a");

        assertThat(lock.holder("solver-run")).isEmpty();
        assertThat(lock.tryAcquire("solver-run", "node-b", MINUTE)).isTrue();
    }

    @Test
    void anExpiredLeaseCanBeTakenAndItsOldOwnerCannotRenewIt() {
        assertThat(lock.tryAcquire("solver-run", "node-a", Duration.ofMillis(-1))).isTrue();

        assertThat(lock.tryAcquire("solver-run", "node-b", MINUTE)).isTrue();
        assertThat(lock.renew("solver-run", "node-a", MINUTE)).isFalse();
        assertThat(lock.renew("solver-run", "node-b", MINUTE)).isTrue();
    }

    @Test
    void aRenewalThatChangesNothingStillKeepsTheLease() {
        // A stopped clock: the renewal writes the very expiry the lease already has (as within one millisecond).
        ClusterLock stopped = new ClusterLock(mongo, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        assertThat(stopped.tryAcquire("solver-run", "node-a", MINUTE)).isTrue();

        assertThat(stopped.renew("solver-run", "node-a", MINUTE)).isTrue();
        assertThat(stopped.renew("solver-run", "node-b", MINUTE)).isFalse();
    }

    @Test
    void ofManyNodesTryingAtOnceExactlyOneWins() throws Exception {
        int nodes = 6;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String owner = "node-" + i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return lock.tryAcquire("solver-run", owner, MINUTE);
                }));
            }
            int winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
