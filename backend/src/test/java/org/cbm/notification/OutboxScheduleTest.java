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
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sender runs by itself every send interval, unless sending is turned off on this node. */
class OutboxScheduleTest {

    private final Outbox outbox = mock(Outbox.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
            .withUserConfiguration(NotificationConfiguration.class, Scheduling.class)
            .withBean(Outbox.class, () -> outbox)
            .withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("cbm.mail.send-interval=PT0.05S");

    /** The application enables scheduling once for all its jobs (org.cbm.time); this context needs it too. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }

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
