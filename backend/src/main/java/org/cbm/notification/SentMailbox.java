package org.cbm.notification;

import java.util.List;

/**
 * What the embedded SMTP server received, newest first. With a real mail server configured it is not
 * {@code available} (the application cannot read another server's mail) and {@code note} says so.
 */
public record SentMailbox(boolean available, String note, List<DeliveredMail> messages) {
}
