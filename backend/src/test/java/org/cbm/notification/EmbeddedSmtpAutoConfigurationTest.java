package org.cbm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded SMTP server is the default, and gives way to a configured mail server. */
class EmbeddedSmtpAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedSmtpAutoConfiguration.class, MailSenderAutoConfiguration.class));

    @Test
    void withoutAMailHostMailGoesToTheEmbeddedServer() {
        runner.run(context -> {
            EmbeddedSmtp smtp = context.getBean(EmbeddedSmtp.class);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(smtp.port()).isPositive();

            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("no-reply@cbm.example");
            message.setTo("amina@example.org");
            message.setSubject("Hello");
            message.setText("Hello Amina");
            sender.send(message);

            assertThat(smtp.received()).singleElement().satisfies(received -> assertThat(received.getSubject()).isEqualTo("Hello"));
            assertThat(new MailMonitor(mock(Outbox.class), context.getBeanProvider(EmbeddedSmtp.class)).sent())
                    .satisfies(mailbox -> assertThat(mailbox.available()).isTrue())
                    .satisfies(mailbox -> assertThat(mailbox.messages()).extracting(DeliveredMail::text).containsExactly("Hello Amina"));
        });
    }

    @Test
    void theEmbeddedServerListensOnTheConfiguredPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        runner.withPropertyValues("cbm.mail.embedded.port=" + port)
                .run(context -> assertThat(context.getBean(EmbeddedSmtp.class).port()).isEqualTo(port));
    }

    @Test
    void aPortInUseStopsTheStartWithAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            runner.withPropertyValues("cbm.mail.embedded.port=" + taken.getLocalPort())
                    .run(context -> assertThat(context).getFailure().hasStackTraceContaining(
                            "Cannot start the embedded SMTP server on 127.0.0.1:" + taken.getLocalPort())
                            .hasStackTraceContaining("cbm.mail.embedded.port"));
        }
    }

    @Test
    void withAMailHostSpringBootsSenderIsUsedAndNoEmbeddedServerStarts() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=587").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedSmtp.class);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("smtp.example.org");
            assertThat(sender.getPort()).isEqualTo(587);

            SentMailbox mailbox = new MailMonitor(mock(Outbox.class), context.getBeanProvider(EmbeddedSmtp.class)).sent();
            assertThat(mailbox.available()).isFalse();
            assertThat(mailbox.messages()).isEmpty();
            assertThat(mailbox.note()).contains("spring.mail.host", "outbox");
        });
    }
}
