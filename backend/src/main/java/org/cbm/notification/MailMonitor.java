package org.cbm.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the application sent by e-mail and what is still queued, for coordinators. */
@Service
public class MailMonitor {

    private static final String EMBEDDED_NOTE = "E-mail received by the embedded SMTP server since the application started"
            + " (kept in memory only; configure spring.mail.host to deliver e-mail for real).";
    private static final String UNAVAILABLE_NOTE = "E-mail is delivered to the mail server configured in spring.mail.host;"
            + " this application cannot list what that server received. The outbox shows what was sent.";

    private final Outbox outbox;
    private final ObjectProvider<EmbeddedSmtp> embeddedSmtp;

    MailMonitor(Outbox outbox, ObjectProvider<EmbeddedSmtp> embeddedSmtp) {
        this.outbox = outbox;
        this.embeddedSmtp = embeddedSmtp;
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public SentMailbox sent() {
        EmbeddedSmtp smtp = embeddedSmtp.getIfAvailable();
        if (smtp == null) {
            return new SentMailbox(false, UNAVAILABLE_NOTE, List.of());
        }
        List<DeliveredMail> newestFirst = new ArrayList<>(smtp.received().stream().map(MailMonitor::delivered).toList());
        Collections.reverse(newestFirst);
        return new SentMailbox(true, EMBEDDED_NOTE, newestFirst);
    }

    /** Outbox messages newest first, of one status or of all when {@code status} is null. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Page<OutboxEntry> outbox(OutboxStatus status, Pageable pageable) {
        return outbox.list(status, pageable).map(OutboxEntry::of);
    }

    private static DeliveredMail delivered(MimeMessage message) {
        try {
            return new DeliveredMail(addresses(message.getFrom()).stream().findFirst().orElse(null),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), plainText(message),
                    message.getHeader(OutboxSender.OUTBOX_ID_HEADER, null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a message received by the embedded SMTP server: " + e.getMessage(), e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Stream.of(addresses).map(Address::toString).toList();
    }

    /** The plain-text body: the message itself, or its first text/plain part, however deeply nested. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
