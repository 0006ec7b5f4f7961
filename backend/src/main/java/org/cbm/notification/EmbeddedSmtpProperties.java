package org.cbm.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded SMTP server, used only when {@code spring.mail.host} is not set.
 *
 * @param port loopback port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("cbm.mail.embedded")
public record EmbeddedSmtpProperties(int port) {
}
