package org.cbm.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends what is due in the outbox, one claimed message at a time. Any number of nodes may run a sender: a claim
 * is an atomic update, so no two nodes send the same message. If a node dies between sending and recording it,
 * its claim expires and another node sends the message again: delivery is at least once in that rare case.
 */
class OutboxSender {

    /** Header naming the outbox message, so that a delivered e-mail can be traced back to it. */
    static final String OUTBOX_ID_HEADER = "X-CBM-Outbox-Id";
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final NotificationProperties properties;

    OutboxSender(Outbox outbox, JavaMailSender mailSender, Clock clock, NotificationProperties properties) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends every message due now, until none is left; returns how many were sent. */
    int sendDue() {
        int sent = 0;
        Optional<OutboxMessage> claimed;
        while ((claimed = outbox.claimNext(properties.nodeId(), clock.instant(), properties.lease())).isPresent()) {
            if (send(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxMessage message) {
        try {
            mailSender.send(mimeMessage(message));
        } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
            // Whatever fails with one message (MailException or another), it is retried and in the end given up,
            // instead of aborting the run and coming back first in every run after its claim expires.
            recordFailure(message, e);
            return false;
        }
        if (!outbox.markSent(message.id(), properties.nodeId(), clock.instant())) {
            log.warn("E-mail {} was sent, but this node no longer held its claim (it expired and another node took the"
                    + " message over): it may be sent twice; consider a longer cbm.mail.lease", message.id());
        }
        return true;
    }

    private void recordFailure(OutboxMessage message, Exception e) {
        int attempts = message.attempts() + 1;
        boolean givingUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.retryDelay(attempts));
        outbox.markFailed(message.id(), properties.nodeId(), attempts, givingUp ? OutboxStatus.FAILED : OutboxStatus.PENDING,
                next, describe(e));
        if (givingUp) {
            log.error("Gave up e-mail {} after {} attempts: {}", message.id(), attempts, describe(e));
        } else {
            log.warn("Could not send e-mail {} (attempt {}), will retry at {}: {}", message.id(), attempts, next, describe(e));
        }
    }

    private MimeMessage mimeMessage(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(new InternetAddress(message.to(), message.toName(), "UTF-8"));
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        helper.setSentDate(Date.from(clock.instant()));
        mime.setHeader(OUTBOX_ID_HEADER, message.id());
        return mime;
    }

    /**
     * What went wrong, from the mail library's exception down to its root cause, e.g. "Couldn't connect to host,
     * port: smtp.example.org, 25; timeout -1 / Connection refused"; Spring's MailException only repeats its cause.
     */
    private static String describe(Exception e) {
        List<String> lines = new ArrayList<>();
        Throwable first = e instanceof MailException && e.getCause() != null ? e.getCause() : e;
        for (Throwable cause = first; cause != null; cause = cause.getCause()) {
            String line = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
            if (lines.stream().noneMatch(earlier -> earlier.contains(line))) {
                lines.add(line);
            }
        }
        String description = String.join(" / ", lines);
        return description.length() > MAX_ERROR_LENGTH ? description.substring(0, MAX_ERROR_LENGTH) : description;
    }
}
