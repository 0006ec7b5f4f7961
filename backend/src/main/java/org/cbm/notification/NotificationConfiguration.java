package org.cbm.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * The outbox sender, run every {@code cbm.mail.send-interval} on each node where sending is enabled (on the
 * application's scheduler, see {@code org.cbm.time.SchedulingConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@PropertySource("classpath:cbm-mail-defaults.properties")
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    OutboxSender outboxSender(Outbox outbox, JavaMailSender mailSender, Clock clock, NotificationProperties properties) {
        return new OutboxSender(outbox, mailSender, clock, properties);
    }

    @Bean
    SchedulingConfigurer outboxSchedule(OutboxSender sender, NotificationProperties properties) {
        return tasks -> {
            if (properties.sendingEnabled()) {
                tasks.addFixedDelayTask(sender::sendDue, properties.sendInterval());
                log.info("Sending queued e-mail every {} as node {}", properties.sendInterval(), properties.nodeId());
            } else {
                log.info("This node does not send queued e-mail (cbm.mail.sending-enabled=false)");
            }
        };
    }
}
