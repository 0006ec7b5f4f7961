package org.cbm.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * The running embedded SMTP server (GreenMail), present as a bean only when no mail server is configured. It
 * accepts every message and keeps it in memory, so that coordinators can read what the application sent.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    /** Starts the server on loopback; port 0 picks a free port. */
    EmbeddedSmtp(int port) {
        greenMail = new GreenMail(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (IllegalStateException e) {
            greenMail.stop();
            throw new IllegalStateException("Cannot start the embedded SMTP server on " + LOOPBACK + ":" + port
                    + " (is the port in use?). Set cbm.mail.embedded.port to a free port, or 0 for any free port,"
                    + " or spring.mail.host to use a real mail server", e);
        }
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since the start, oldest first. */
    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
