package org.cbm.notification;

import java.time.Instant;

/** An outbox message as coordinators see it: to whom, what, and how its delivery stands. */
public record OutboxEntry(String id, String to, String language, NotificationKind kind, String subject,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static OutboxEntry of(OutboxMessage message) {
        return new OutboxEntry(message.id(), message.to(), message.language(), message.kind(), message.subject(),
                message.status(), message.attempts(), message.nextAttemptAt(), message.lastError(), message.createdAt(),
                message.sentAt());
    }
}
