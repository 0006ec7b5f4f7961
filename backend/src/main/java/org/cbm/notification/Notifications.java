package org.cbm.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues e-mail notifications. A queued e-mail is stored in the outbox and sent by the outbox sender, retried
 * until the SMTP server accepts it: nothing is lost when the mail server is down.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MailRenderer renderer;
    private final Outbox outbox;
    private final Clock clock;

    Notifications(MailRenderer renderer, Outbox outbox, Clock clock) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues one e-mail to one person, rendered now in their language; the same key queued twice is stored once.
     *
     * @param key    identifies this e-mail, e.g. {@code "match-42/accepted/user-17"}: derive it
     *               from what happened, so that a retried action queues nothing new
     * @param values what the texts quote: requestTitle, packageTheme (the theme's code, e.g. INCIDENT_RESPONSE, written
     *               in the recipient's language), recipientState, providerName, offerTitle, days, period, reason, link
     *               (absolute http(s) URL), matchId; missing ones are left out
     */
    public void enqueue(String key, Recipient to, NotificationKind kind, Map<String, String> values) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A notification needs a key, so that queuing it twice stores it once");
        }
        if (to == null || kind == null || values == null) {
            throw new IllegalArgumentException("A notification needs a recipient, a kind and values (may be empty)");
        }
        Map<String, String> given = new HashMap<>(values);
        given.values().removeIf(value -> value == null);
        boolean added = outbox.add(OutboxMessage.queued(key, to, kind, renderer.render(to, kind, given), clock.instant()));
        if (!added) {
            log.debug("E-mail {} was already queued; not queued again", key);
        }
    }
}
