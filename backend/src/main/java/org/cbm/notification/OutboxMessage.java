package org.cbm.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One e-mail in the outbox, rendered when it was queued, with its delivery state. Every change to it is one
 * conditional single-document update, so that it is atomic on the embedded server and on real MongoDB alike.
 *
 * @param id           the caller's key: queuing the same key twice stores one message
 * @param claimedBy    the node sending it right now, if any
 * @param claimedUntil until when that node's claim holds; after it, another node may take the message over
 */
@Document("outbox")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "byStatus", def = "{'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "created", def = "{'createdAt': -1}")
record OutboxMessage(
        @Id @NotBlank String id,
        @NotBlank String to,
        @NotBlank String toName,
        @NotBlank String language,
        @NotNull NotificationKind kind,
        @NotBlank String subject,
        @NotBlank String text,
        @NotBlank String html,
        @NotNull OutboxStatus status,
        int attempts,
        @NotNull Instant nextAttemptAt,
        String lastError,
        String claimedBy,
        Instant claimedUntil,
        @NotNull Instant createdAt,
        Instant sentAt) {

    /** A message to send as soon as possible. */
    static OutboxMessage queued(String key, Recipient to, NotificationKind kind, RenderedMail mail, Instant now) {
        return new OutboxMessage(key, to.email(), to.displayName(), mail.language(), kind, mail.subject(), mail.text(),
                mail.html(), OutboxStatus.PENDING, 0, now, null, null, null, now, null);
    }
}
