package org.cbm.notification;

/** Settings shared by the notification tests, so that they share one application context. */
final class NotificationTestProperties {

    /**
     * No scheduled sending: the tests run senders themselves, and a scheduled one would take their messages away
     * from them. No scheduled relay of match events either: it would add messages to the outbox while a test counts
     * what a sender sends (a CI run once saw 4 where the test expected its 1).
     */
    static final String SENDING_DRIVEN_BY_TESTS = """
            cbm.mail.sending-enabled=false
            cbm.matching.notify-initial-delay=P1D
            """;

    private NotificationTestProperties() {
    }
}
