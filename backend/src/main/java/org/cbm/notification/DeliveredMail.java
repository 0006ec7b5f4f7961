package org.cbm.notification;

import java.time.Instant;
import java.util.List;

/** An e-mail as the embedded SMTP server received it; {@code outboxId} names the outbox message it came from. */
public record DeliveredMail(String from, List<String> to, String subject, Instant date, String text, String outboxId) {
}
