package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.cbm.EmbeddedMongoTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/** The sender against a real SMTP server (GreenMail) that the test starts and stops. */
@EmbeddedMongoTest
@TestPropertySource(properties = NotificationTestProperties.SENDING_DRIVEN_BY_TESTS)
class OutboxSenderTest {

    private static final Recipient AMINA = new Recipient("amina@example.org", "Amina Wanjiru", "en");
    private static final Recipient AWA = new Recipient("awa@example.org", "Awa Diop", "fr");

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    @Autowired
    MongoTemplate mongo;

    private SteppingClock clock;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void emptyOutboxAndAMailServer() {
        mongo.remove(new Query(), OutboxMessage.class);
        // Ahead of the system clock that stamps queued messages, so that they are due; MongoDB stores milliseconds.
        clock = new SteppingClock(Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        port = smtp.getSmtp().getPort();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void deliversAQueuedMessageWithTextAndHtmlToItsRecipient() throws Exception {
        notifications.enqueue("m-42/proposed/awa", AWA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);

        assertThat(sender("node-a", 20).sendDue()).isOne();

        MimeMessage received = onlyReceived();
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Awa Diop <awa@example.org>");
        assertThat(received.getFrom()).extracting(Object::toString)
                .containsExactly("Capacity-Building Marketplace <no-reply@cbm.example>");
        assertThat(received.getSubject()).isEqualTo("Nouvelle proposition à examiner : National CSIRT");
        assertThat(received.getHeader(OutboxSender.OUTBOX_ID_HEADER, null)).isEqualTo("m-42/proposed/awa");
        List<String> parts = textParts(received);
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("Bonjour Awa Diop,")
                .contains("https://cbm.example/matches/m-42"));
        assertThat(parts).anySatisfy(part -> assertThat(part).startsWith("<!DOCTYPE html>")
                .contains("<a href=\"https://cbm.example/matches/m-42\""));
        OutboxMessage sent = stored("m-42/proposed/awa");
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.attempts()).isZero();
    }

    @Test
    void whileTheMailServerIsDownMessagesStayQueuedWaitingLongerAfterEachAttempt() {
        notifications.enqueue("m-1/amina", AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        smtp.stop();
        OutboxSender sender = sender("node-a", 20);

        assertThat(sender.sendDue()).isZero();
        OutboxMessage afterFirst = stored("m-1/amina");
        assertThat(afterFirst.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.attempts()).isOne();
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(afterFirst.lastError()).contains("Connection refused");
        assertThat(afterFirst.claimedBy()).isNull();

        clock.advance(Duration.ofSeconds(29));
        assertThat(sender.sendDue()).isZero();
        assertThat(stored("m-1/amina").attempts()).as("not retried before its time").isOne();

        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        OutboxMessage afterSecond = stored("m-1/amina");
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void whenTheMailServerIsBackEveryQueuedMessageIsDeliveredExactlyOnce() throws Exception {
        smtp.stop();
        for (int i = 0; i < 5; i++) {
            notifications.enqueue("m-" + i + "/amina", AMINA, NotificationKind.PROPOSAL_REMINDER, MailRendererTest.VALUES);
        }
        OutboxSender sender = sender("node-a", 20);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(sender.sendDue()).isZero();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(outbox.list(OutboxStatus.PENDING, Pageable.unpaged()))
                .hasSize(5).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(3));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(sender.sendDue()).isEqualTo(5);
        clock.advance(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();

        assertThat(outboxIds(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder("m-0/amina", "m-1/amina", "m-2/amina", "m-3/amina", "m-4/amina");
    }

    @Test
    void givesUpAfterTheMaximumNumberOfAttempts() {
        notifications.enqueue("m-1/amina", AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        smtp.stop();
        OutboxSender sender = sender("node-a", 3);

        for (int attempt = 0; attempt < 5; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(6));
        }

        OutboxMessage failed = stored("m-1/amina");
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).contains("Connection refused");
    }

    @Test
    void aMessageThatFailsUnexpectedlyIsRetriedLaterAndDoesNotHoldUpTheOthers() throws Exception {
        notifications.enqueue("broken", AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        notifications.enqueue("fine", AWA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES);
        JavaMailSenderImpl failingForOne = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage message : messages) {
                    if (outboxIds(new MimeMessage[] {message}).contains("broken")) {
                        throw new IllegalStateException("Unexpected failure");
                    }
                }
                super.send(messages);
            }
        };
        failingForOne.setHost("127.0.0.1");
        failingForOne.setPort(port);

        assertThat(new OutboxSender(outbox, failingForOne, clock, NotificationPropertiesTest.properties("node-a", 20)).sendDue())
                .isOne();

        assertThat(outboxIds(smtp.getReceivedMessages())).containsExactly("fine");
        OutboxMessage broken = stored("broken");
        assertThat(broken.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(broken.attempts()).isOne();
        assertThat(broken.lastError()).isEqualTo("Unexpected failure");
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentByAnotherOnceTheClaimExpires() throws Exception {
        notifications.enqueue("m-1/amina", AMINA, NotificationKind.MATCH_CONFIRMED, MailRendererTest.VALUES);
        NotificationProperties settings = NotificationPropertiesTest.properties("node-b", 20);
        outbox.claimNext("node-that-died", clock.instant(), settings.lease());

        assertThat(sender("node-b", 20).sendDue()).isZero();
        clock.advance(settings.lease());
        assertThat(sender("node-b", 20).sendDue()).isOne();

        assertThat(outboxIds(smtp.getReceivedMessages())).containsExactly("m-1/amina");
    }

    @Test
    void twoNodesSendingAtOnceNeverDeliverAMessageTwice() throws Exception {
        List<String> ours = IntStream.range(0, 40).mapToObj(i -> "m-" + i + "/amina").toList();
        ours.forEach(id -> notifications.enqueue(id, AMINA, NotificationKind.PROPOSAL_NEW, MailRendererTest.VALUES));
        List<OutboxSender> nodes = List.of(sender("node-a", 20), sender("node-b", 20), sender("node-c", 20));
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxSender node : nodes) {
                sent.add(threads.submit((Callable<Integer>) () -> {
                    start.await();
                    return node.sendDue();
                }));
            }
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get();
            }
            // Whatever each node sent, every message went out once.
            List<String> delivered = outboxIds(smtp.getReceivedMessages());
            assertThat(delivered).containsAll(ours).doesNotHaveDuplicates().hasSize(total);
        } finally {
            threads.shutdown();
        }
        assertThat(outbox.list(OutboxStatus.SENT, Pageable.unpaged())).extracting(OutboxMessage::id).containsAll(ours);
    }

    private OutboxSender sender(String nodeId, int maxAttempts) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        return new OutboxSender(outbox, mailSender, clock, NotificationPropertiesTest.properties(nodeId, maxAttempts));
    }

    private MimeMessage onlyReceived() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private static List<String> outboxIds(MimeMessage[] messages) {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                ids.add(message.getHeader(OutboxSender.OUTBOX_ID_HEADER, null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    /** The text and HTML bodies, wherever they sit in the multipart tree. */
    private static List<String> textParts(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return List.of(part.getContent().toString());
        }
        MimeMultipart multipart = (MimeMultipart) part.getContent();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            texts.addAll(textParts(multipart.getBodyPart(i)));
        }
        return texts;
    }

    private OutboxMessage stored(String id) {
        OutboxMessage message = mongo.findById(id, OutboxMessage.class);
        assertThat(message).as("outbox message " + id).isNotNull();
        return message;
    }
}
