package org.cbm.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

/** The sender runs by itself every send interval, unless sending is turned off on this node. */
class OutboxScheduleTest {

    private final Outbox outbox = mock(Outbox.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
            .withUserConfiguration(NotificationConfiguration.class)
            .withBean(Outbox.class, () -> outbox)
            .withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("cbm.mail.send-interval=PT0.05S");

    @Test
    void theSenderLooksForDueMessagesEverySendInterval() {
        when(outbox.claimNext(anyString(), any(Instant.class), any(Duration.class))).thenReturn(Optional.empty());

        runner.run(context -> verify(outbox, timeout(5000).atLeast(3)).claimNext(anyString(), any(Instant.class), any(Duration.class)));
    }

    @Test
    void aNodeWithSendingTurnedOffSendsNothing() {
        runner.withPropertyValues("cbm.mail.sending-enabled=false").run(context ->
                verify(outbox, after(500).never()).claimNext(anyString(), any(Instant.class), any(Duration.class)));
    }
}
