package org.cbm.notification;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The default mail server when none is configured: GreenMail in-process on loopback, and a {@code JavaMailSender}
 * pointed at it, so that the product runs and its e-mail can be read without any mail server. It backs off as soon
 * as {@code spring.mail.host} (or {@code spring.mail.jndi-name}) is set; Spring Boot's sender is used then.
 */
@AutoConfiguration(before = MailSenderAutoConfiguration.class)
@Conditional(EmbeddedSmtpAutoConfiguration.NoMailServerConfigured.class)
@ConditionalOnMissingBean(MailSender.class)
@EnableConfigurationProperties(EmbeddedSmtpProperties.class)
public class EmbeddedSmtpAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpAutoConfiguration.class);

    @Bean
    EmbeddedSmtp embeddedSmtp(EmbeddedSmtpProperties properties) {
        EmbeddedSmtp smtp = new EmbeddedSmtp(properties.port());
        log.info("No mail server configured (spring.mail.host): e-mail goes to the embedded SMTP server at {}:{},"
                + " readable by coordinators at /api/v1/mail/sent", smtp.host(), smtp.port());
        return smtp;
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedSmtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(timeouts);
        return sender;
    }

    /** Matches when neither a mail host nor a JNDI mail session is configured. */
    static class NoMailServerConfigured extends NoneNestedConditions {

        NoMailServerConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("spring.mail.host")
        static class HostConfigured {
        }

        @ConditionalOnProperty("spring.mail.jndi-name")
        static class JndiConfigured {
        }
    }
}
