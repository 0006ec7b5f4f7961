package org.cbm.notification;

/** Settings shared by the notification tests, so that they share one application context. */
final class NotificationTestProperties {

    /**
     * No scheduled sending: the tests run senders themselves, and a scheduled one would take their messages away
     * from them.
     */
    static final String SENDING_DRIVEN_BY_TESTS = "cbm.mail.sending-enabled=false";

    private NotificationTestProperties() {
    }
}
