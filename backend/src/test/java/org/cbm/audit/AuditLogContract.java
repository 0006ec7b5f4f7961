package org.cbm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.access.AccessDeniedException;

/** The audit trail; run against the embedded server and against a real MongoDB. */
abstract class AuditLogContract {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void recordsEventsAndReadsThemBackNewestFirstPerEntity() {
        auditLog.record("amina@example.org", "AssistanceRequest", "r-audit", "CREATE", null, "DRAFT 'CSIRT'");
        auditLog.record("amina@example.org", "AssistanceRequest", "r-audit", "PUBLISH", "DRAFT", "PUBLISHED");
        auditLog.record("kristjan@example.org", "Offer", "o-audit", "ACTIVATE", "DRAFT", "ACTIVE");
        SignedIn.as("coordinator@example.org", "un-coordination", Role.COORDINATOR);

        assertThat(auditLog.search(AuditLog.AuditFilter.ofEntity("AssistanceRequest", "r-audit"), PageRequest.of(0, 10)))
                .extracting(AuditEvent::action).containsExactly("PUBLISH", "CREATE");
        assertThat(auditLog.search(new AuditLog.AuditFilter(null, null, null, null, null, null), PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(event -> assertThat(event.at()).isNotNull());
    }

    @Test
    void eventsOfTheSameMillisecondAreReadNewestFirstInTheOrderTheyWereRecorded() {
        Instant same = Instant.parse("2026-11-22T10:00:00.123Z");
        for (String action : new String[] {"CREATE", "REVISE", "PUBLISH", "WITHDRAW"}) {
            mongo.insert(new AuditEvent(null, same, "amina@example.org", "AssistanceRequest", "r-same-ms", action, null, null));
        }
        SignedIn.as("coordinator@example.org", "un-coordination", Role.COORDINATOR);

        assertThat(auditLog.search(AuditLog.AuditFilter.ofEntity("AssistanceRequest", "r-same-ms"), PageRequest.of(0, 10)))
                .extracting(AuditEvent::action).containsExactly("WITHDRAW", "PUBLISH", "REVISE", "CREATE");
    }

    @Test
    void filtersByActorActionAndPeriod() {
        Instant start = Instant.now().minusSeconds(1);
        auditLog.record("filter-test@example.org", "Offer", "o-filter", "CLOSE", "ACTIVE", "CLOSED");
        auditLog.record("filter-test@example.org", "Offer", "o-filter", "REVISE", "v1", "v2");
        SignedIn.as("coordinator@example.org", "un-coordination", Role.COORDINATOR);

        assertThat(auditLog.search(new AuditLog.AuditFilter(null, null, "filter-test@example.org", "CLOSE", start, null),
                PageRequest.of(0, 10))).extracting(AuditEvent::entityId).containsExactly("o-filter");
        assertThat(auditLog.search(new AuditLog.AuditFilter("Offer", null, null, null, null, start), PageRequest.of(0, 10))
                .getContent()).noneMatch(event -> event.entityId().equals("o-filter"));
    }

    @Test
    void onlyCoordinatorsReadTheTrail() {
        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER, Role.ADMIN);

        assertThatThrownBy(() -> auditLog.search(new AuditLog.AuditFilter(null, null, null, null, null, null), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTrailCannotBeChangedOrDeletedThroughTheApplication() {
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(method -> method.getName()))
                .noneMatch(name -> name.startsWith("save") || name.startsWith("delete") || name.startsWith("update"));
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).map(method -> method.getName()))
                .noneMatch(name -> name.startsWith("save") || name.startsWith("delete") || name.startsWith("update"));
    }
}
