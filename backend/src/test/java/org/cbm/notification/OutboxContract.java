package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The outbox in the database: idempotent queuing, claims and leases; run against the embedded server and real MongoDB. */
abstract class OutboxContract {

    private static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Recipient AMINA = new Recipient("amina@example.org", "Amina Wanjiru", "en");

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void emptyOutbox() {
        mongo.remove(new Query(), OutboxMessage.class);
    }

    @Test
    void theSameKeyQueuedTwiceIsStoredOnce() {
        Map<String, String> changed = new HashMap<>(MailRendererTest.VALUES);
        changed.put("requestTitle", "Something else");

        notifications.enqueue("m-42/proposed/amina", AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        notifications.enqueue("m-42/proposed/amina", AMINA, NotificationKind.PROPOSAL_NEW, changed);

        assertThat(mongo.count(new Query(), OutboxMessage.class)).isOne();
        OutboxMessage stored = stored("m-42/proposed/amina");
        assertThat(stored.subject()).isEqualTo("New proposal to answer: National CSIRT");
        assertThat(stored.to()).isEqualTo("amina@example.org");
        assertThat(stored.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.text()).contains("Please accept or decline this proposal:");
        assertThat(stored.html()).contains("<a href=\"https://cbm.example/matches/m-42\"");
    }

    @Test
    void aNotificationWithoutAKeyIsRefusedBecauseItCouldNotBeQueuedOnce() {
        assertThatThrownBy(() -> notifications.enqueue(" ", AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a key");
        assertThat(mongo.count(new Query(), OutboxMessage.class)).isZero();
    }

    @Test
    void aClaimedMessageIsNotClaimedByAnotherNodeUntilTheClaimExpires() {
        outbox.add(message("m-1", NOW));

        assertThat(outbox.claimNext("node-a", NOW, LEASE)).hasValueSatisfying(claimed -> {
            assertThat(claimed.claimedBy()).isEqualTo("node-a");
            assertThat(claimed.claimedUntil()).isEqualTo(NOW.plus(LEASE));
        });
        assertThat(outbox.claimNext("node-b", NOW.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        assertThat(outbox.claimNext("node-b", NOW.plus(LEASE), LEASE))
                .hasValueSatisfying(claimed -> assertThat(claimed.claimedBy()).isEqualTo("node-b"));
    }

    @Test
    void onlyDueMessagesAreClaimedTheLongestWaitingFirst() {
        outbox.add(message("later", NOW.plusSeconds(60)));
        outbox.add(message("second", NOW.minusSeconds(10)));
        outbox.add(message("first", NOW.minusSeconds(20)));

        assertThat(outbox.claimNext("node-a", NOW, LEASE)).map(OutboxMessage::id).hasValue("first");
        assertThat(outbox.claimNext("node-a", NOW, LEASE)).map(OutboxMessage::id).hasValue("second");
        assertThat(outbox.claimNext("node-a", NOW, LEASE)).isEmpty();
    }

    @Test
    void onlyTheNodeHoldingTheClaimRecordsTheOutcome() {
        outbox.add(message("m-1", NOW));
        outbox.claimNext("node-a", NOW, LEASE);
        Instant afterExpiry = NOW.plus(LEASE);
        outbox.claimNext("node-b", afterExpiry, LEASE);

        assertThat(outbox.markSent("m-1", "node-a", afterExpiry)).isFalse();
        assertThat(outbox.markFailed("m-1", "node-a", 1, OutboxStatus.PENDING, afterExpiry, "late")).isFalse();
        assertThat(outbox.markSent("m-1", "node-b", afterExpiry)).isTrue();

        OutboxMessage sent = stored("m-1");
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(afterExpiry);
        assertThat(sent.claimedBy()).isNull();
        assertThat(sent.claimedUntil()).isNull();
        assertThat(sent.lastError()).isNull();
        assertThat(outbox.claimNext("node-a", afterExpiry.plus(LEASE), LEASE)).isEmpty();
    }

    @Test
    void aFailedAttemptReleasesTheClaimAndWaitsUntilTheNextAttempt() {
        outbox.add(message("m-1", NOW));
        outbox.claimNext("node-a", NOW, LEASE);

        assertThat(outbox.markFailed("m-1", "node-a", 1, OutboxStatus.PENDING, NOW.plusSeconds(30), "Connection refused")).isTrue();

        OutboxMessage waiting = stored("m-1");
        assertThat(waiting.attempts()).isOne();
        assertThat(waiting.lastError()).isEqualTo("Connection refused");
        assertThat(waiting.claimedBy()).isNull();
        assertThat(outbox.claimNext("node-b", NOW.plusSeconds(29), LEASE)).isEmpty();
        assertThat(outbox.claimNext("node-b", NOW.plusSeconds(30), LEASE)).isPresent();
    }

    @Test
    void aMessageGivenUpIsNeverClaimedAgain() {
        outbox.add(message("m-1", NOW));
        outbox.claimNext("node-a", NOW, LEASE);
        outbox.markFailed("m-1", "node-a", 20, OutboxStatus.FAILED, NOW.plusSeconds(30), "550 mailbox unavailable");

        assertThat(outbox.claimNext("node-a", NOW.plus(Duration.ofDays(30)), LEASE)).isEmpty();
        assertThat(stored("m-1").status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void listsMessagesNewestFirstByStatus() {
        outbox.add(message("old", NOW.minusSeconds(60)));
        outbox.add(message("new", NOW));
        outbox.add(message("sent", NOW.minusSeconds(30)));
        outbox.claimNext("node-a", NOW.minusSeconds(30), LEASE);
        outbox.markSent("old", "node-a", NOW);

        assertThat(outbox.list(null, PageRequest.of(0, 10))).extracting(OutboxMessage::id).containsExactly("new", "sent", "old");
        assertThat(outbox.list(OutboxStatus.PENDING, PageRequest.of(0, 10))).extracting(OutboxMessage::id)
                .containsExactly("new", "sent");
        assertThat(outbox.list(OutboxStatus.PENDING, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void messagesQueuedInTheSameMillisecondArePagedThroughOnceEach() {
        for (int i = 0; i < 7; i++) {
            outbox.add(message("burst-" + i, NOW));
        }

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            outbox.list(null, PageRequest.of(page, 2)).forEach(message -> paged.add(message.id()));
        }

        assertThat(paged).containsExactly("burst-6", "burst-5", "burst-4", "burst-3", "burst-2", "burst-1", "burst-0");
    }

    private static OutboxMessage message(String id, Instant queuedAt) {
        return OutboxMessage.queued(id, AMINA, NotificationKind.PROPOSAL_NEW,
                new RenderedMail("en", "Subject " + id, "Text " + id, "<p>Html " + id + "</p>"), queuedAt);
    }

    private OutboxMessage stored(String id) {
        OutboxMessage message = mongo.findById(id, OutboxMessage.class);
        assertThat(message).as("outbox message " + id).isNotNull();
        return message;
    }
}
